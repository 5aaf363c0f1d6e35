package io.verideck.verifier.claim;

import java.util.List;
import java.util.Set;

/**
 * A checkable math claim.
 *
 * @param id catalogue id, e.g. {@code D8}
 * @param slug catalogue slug, e.g. {@code softmax-ce-gradient}
 * @param statement one line of TeX
 * @param implementation the numeric-core class(es) it exercises
 * @param tags tags for {@code verify --tag}
 * @param properties what is checked
 */
public record Claim(String id, String slug, String statement, String implementation, Set<String> tags,
        List<ClaimProperty> properties) {
    /**
     * @param id id
     * @param slug slug
     * @param statement statement
     * @param implementation implementation
     * @param tags tags
     * @param properties properties
     */
    public Claim {
        tags = Set.copyOf(tags);
        properties = List.copyOf(properties);
    }
}
