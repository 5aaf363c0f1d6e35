package io.verideck.verifier.claims;

import io.verideck.verifier.claim.Claim;
import java.util.List;

/** Placeholder while the group is written. */
public final class MlpClaims {
    private MlpClaims() {
    }

    /** @return the claims */
    public static List<Claim> claims() {
        return List.of();
    }
}
