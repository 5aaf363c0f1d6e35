package io.verideck.verifier.claims;

import io.verideck.numeric.attention.DotAttention;
import io.verideck.numeric.attention.Embedding;
import io.verideck.numeric.lstm.LstmCell;
import io.verideck.numeric.rnn.ColumnRnn;
import io.verideck.numeric.rnn.LeakyUnit;
import io.verideck.numeric.rnn.ParameterCounts;
import io.verideck.verifier.claim.Claim;
import io.verideck.verifier.claim.FormulaBinding;
import io.verideck.verifier.claim.NotExecutable;
import io.verideck.verifier.formula.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Section K: sequence models (K3, K11 are in GruClaims). */
public final class SequenceClaims {
    private SequenceClaims() {
    }

    /** @return the executable claims of this section, catalogue order */
    public static List<Claim> claims() {
        List<Claim> all = new ArrayList<>();
        all.addAll(RnnClaims.claims());
        all.addAll(RecurrenceClaims.claims());
        all.addAll(LstmClaims.claims());
        all.addAll(BidirectionalClaims.claims());
        all.addAll(AttentionClaims.claims());
        all.addAll(EchoStateClaims.claims());
        all.sort(Comparator.comparingInt(c -> Integer.parseInt(c.id().substring(1))));
        return List.copyOf(all);
    }

    /** @return the claims of this section that state words only, with the reason */
    public static List<NotExecutable> notExecutable() {
        return List.of();
    }

    /** @return the bindings of card answer formulas that name a claim of this section to its implementation */
    public static List<FormulaBinding> formulas() {
        return List.of(
                new FormulaBinding("rnn-forward-equations", "K2", v -> {
                    INDArray b = ValueArrays.vector(v.get("b"));
                    ColumnRnn rnn = new ColumnRnn(ValueArrays.matrix(v.get("W")), ValueArrays.matrix(v.get("U")), b,
                            Nd4j.zeros(1, b.length()), Nd4j.zeros(1));
                    return ValueArrays.column(rnn.step(ValueArrays.vector(v.get("h")), ValueArrays.vector(v.get("x"))));
                }),
                new FormulaBinding("rnn-parameter-count", "K5", v -> Value.scalar(ParameterCounts.simpleRnn(v.get("u").asScalar(),
                        v.get("d").asScalar()))),
                new FormulaBinding("rnn-leaky-units", "K9", v -> ValueArrays.column(new LeakyUnit(v.get("alpha").asScalar())
                        .step(ValueArrays.vector(v.get("mu")), ValueArrays.vector(v.get("v"))))),
                new FormulaBinding("lstm-gru-lstm-equations", "K10", v -> ValueArrays.column(LstmCell.hidden(ValueArrays.vector(v.get("o")),
                        ValueArrays.vector(v.get("C"))))),
                new FormulaBinding("attention-weights-context", "K13", v -> ValueArrays.column(DotAttention.context(ValueArrays.matrix(v.get("H")),
                        ValueArrays.vector(v.get("s")), 1))),
                new FormulaBinding("attention-embedding-lookup", "K15", v -> {
                    INDArray e = ValueArrays.vector(v.get("e"));
                    return ValueArrays.column(new Embedding(ValueArrays.matrix(v.get("E"))).lookup(Embedding.indexOf(e)));
                }));
    }
}
