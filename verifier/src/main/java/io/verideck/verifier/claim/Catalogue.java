package io.verideck.verifier.claim;

import io.verideck.verifier.claims.GanClaims;
import io.verideck.verifier.claims.GruClaims;
import io.verideck.verifier.claims.LinearRegressionClaims;
import io.verideck.verifier.claims.MlpClaims;
import io.verideck.verifier.claims.SoftmaxClaims;
import io.verideck.verifier.claims.VaeClaims;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every executable claim, in catalogue order, and the lookup that resolves the names cards and the
 * command line use.
 *
 * @param claims the claims
 */
public record Catalogue(List<Claim> claims) {
    /** @param claims the claims */
    public Catalogue {
        claims = List.copyOf(claims);
    }

    /** @return the built-in catalogue */
    public static Catalogue builtIn() {
        List<Claim> all = new ArrayList<>();
        all.addAll(LinearRegressionClaims.claims());
        all.addAll(SoftmaxClaims.claims());
        all.addAll(MlpClaims.claims());
        all.addAll(GruClaims.claims());
        all.addAll(VaeClaims.claims());
        all.addAll(GanClaims.claims());
        return new Catalogue(all);
    }

    /**
     * @param name an id ({@code D8}) or a slug ({@code softmax-ce-gradient}), case-insensitive
     * @return the claim
     * @throws UnknownClaimException naming the accepted ids when there is none
     */
    public Claim find(String name) {
        return claims.stream().filter(c -> c.id().equalsIgnoreCase(name) || c.slug().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new UnknownClaimException("unknown claim '" + name + "' (executable claims: "
                        + claims.stream().map(Claim::id).collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * @param tag a tag
     * @return the claims carrying it, catalogue order
     * @throws UnknownClaimException naming the known tags when none carries it
     */
    public List<Claim> tagged(String tag) {
        List<Claim> found = claims.stream().filter(c -> c.tags().contains(tag)).toList();
        if (found.isEmpty()) {
            throw new UnknownClaimException("unknown tag '" + tag + "' (tags: " + claims.stream().flatMap(c -> c.tags().stream())
                    .distinct().sorted().collect(Collectors.joining(", ")) + ")");
        }
        return found;
    }
}
