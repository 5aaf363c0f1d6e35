package io.verideck.verifier.claim;

import io.verideck.verifier.claims.ActivationClaims;
import io.verideck.verifier.claims.AutoencoderClaims;
import io.verideck.verifier.claims.BackpropClaims;
import io.verideck.verifier.claims.ConvolutionClaims;
import io.verideck.verifier.claims.FoundationClaims;
import io.verideck.verifier.claims.GanClaims;
import io.verideck.verifier.claims.GruClaims;
import io.verideck.verifier.claims.LinearRegressionClaims;
import io.verideck.verifier.claims.LogisticClaims;
import io.verideck.verifier.claims.LossClaims;
import io.verideck.verifier.claims.MlpClaims;
import io.verideck.verifier.claims.OptimizationClaims;
import io.verideck.verifier.claims.ProbabilisticClaims;
import io.verideck.verifier.claims.RegressionClaims;
import io.verideck.verifier.claims.RegularizationClaims;
import io.verideck.verifier.claims.SequenceClaims;
import io.verideck.verifier.claims.SoftmaxClaims;
import io.verideck.verifier.claims.StatisticalLearningClaims;
import io.verideck.verifier.claims.VaeClaims;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every executable claim, in catalogue order, and the lookup that resolves the names cards and the
 * command line use.
 *
 * @param claims the claims
 */
public record Catalogue(List<Claim> claims, List<NotExecutable> notExecutable) {
    /**
     * @param claims the claims
     * @param notExecutable the catalogue claims that state words only
     */
    public Catalogue {
        claims = List.copyOf(claims);
        notExecutable = List.copyOf(notExecutable);
    }

    /** @param claims the claims, with no word-only claims listed */
    public Catalogue(List<Claim> claims) {
        this(claims, List.of());
    }

    /** @return the built-in catalogue */
    public static Catalogue builtIn() {
        List<Claim> all = new ArrayList<>();
        all.addAll(FoundationClaims.claims());
        all.addAll(StatisticalLearningClaims.claims());
        all.addAll(LinearRegressionClaims.claims());
        all.addAll(RegressionClaims.claims());
        all.addAll(LogisticClaims.claims());
        all.addAll(SoftmaxClaims.claims());
        all.addAll(LossClaims.claims());
        all.addAll(ActivationClaims.claims());
        all.addAll(MlpClaims.claims());
        all.addAll(BackpropClaims.claims());
        all.addAll(ConvolutionClaims.claims());
        all.addAll(RegularizationClaims.claims());
        all.addAll(OptimizationClaims.claims());
        all.addAll(GruClaims.claims());
        all.addAll(SequenceClaims.claims());
        all.addAll(AutoencoderClaims.claims());
        all.addAll(VaeClaims.claims());
        all.addAll(GanClaims.claims());
        all.addAll(ProbabilisticClaims.claims());
        all.sort(Comparator.comparing(Catalogue::orderKey));
        List<NotExecutable> words = new ArrayList<>();
        words.addAll(FoundationClaims.notExecutable());
        words.addAll(StatisticalLearningClaims.notExecutable());
        words.addAll(RegressionClaims.notExecutable());
        words.addAll(LogisticClaims.notExecutable());
        words.addAll(LossClaims.notExecutable());
        words.addAll(ActivationClaims.notExecutable());
        words.addAll(BackpropClaims.notExecutable());
        words.addAll(ConvolutionClaims.notExecutable());
        words.addAll(RegularizationClaims.notExecutable());
        words.addAll(OptimizationClaims.notExecutable());
        words.addAll(SequenceClaims.notExecutable());
        words.addAll(AutoencoderClaims.notExecutable());
        words.addAll(ProbabilisticClaims.notExecutable());
        words.sort(Comparator.comparing(n -> orderKey(n.id())));
        return new Catalogue(all, words);
    }

    private static String orderKey(Claim c) {
        return orderKey(c.id());
    }

    /** Section letter then the number zero-padded, so A2 sorts before A10. */
    private static String orderKey(String id) {
        return id.charAt(0) + String.format("%03d", Integer.parseInt(id.substring(1)));
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
