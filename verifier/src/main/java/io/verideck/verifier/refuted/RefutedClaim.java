package io.verideck.verifier.refuted;

/**
 * One §Z entry of the catalogue.
 *
 * @param id the Z id, e.g. {@code Z-11}
 * @param location source and line, e.g. {@code 000-Q29 l.437}
 * @param type the §Z type, e.g. {@code FORMULA} or {@code SIGN + INDEX}
 * @param wrong the wrong statement as written (TeX or quoted words)
 * @param corrected the corrected statement (TeX)
 * @param claimId the related claim id(s), e.g. {@code E2} or {@code J6, J7}
 * @param check how it is checked
 */
public record RefutedClaim(String id, String location, String type, String wrong, String corrected, String claimId,
        Check check) {

    /** @return the related claim ids, split */
    public java.util.List<String> claimIds() {
        return java.util.Arrays.stream(claimId.split("[, ]+")).filter(s -> !s.isBlank()).toList();
    }
}
