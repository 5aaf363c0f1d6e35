package io.verideck.kb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.verideck.kb.content.ContentLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Queries as students type them, and the built-in card that must come first. */
class RankingTest {
    static CardIndex index;

    @BeforeAll
    static void open() {
        index = CardIndex.open(ContentLoader.builtin());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "normal equation | linear-models-normal-equation",
        "batch normalization | batch-norm-definition",
        "BN intuition | batch-norm-definition",
        "KL divergence | losses-kl-divergence",
        "Kullback-Leibler | losses-kl-divergence",
        "mode collapse | generative-models-mode-collapse",
        "gradient clipping | optimizers-gradient-clipping",
        "reparameterization trick | generative-models-reparameterization",
        "contractive autoencoder | autoencoders-contractive",
        "Huber loss | losses-huber",
        "VC dimension | foundations-vc-dimension",
        "weight decay | linear-models-weight-decay",
        "fast gradient sign method | regularization-fgsm",
        "FGSM | regularization-fgsm",
        "importance sampling | monte-carlo-importance-sampling",
        "output size of a convolution | cnn-output-size-formula",
        "no free lunch | foundations-no-free-lunch",
        "Adam bias correction | optimizers-adam-update",
        "optimal discriminator | generative-models-optimal-discriminator",
        "rectified linear unit | activations-relu",
        "softmax cross-entropy gradient | output-layers-softmax-ce-gradient",
        "Bayes error | foundations-bayes-error",
        "dropout at test time | training-practice-dropout-at-test-time",
        "teacher forcing drawback | rnn-teacher-forcing-drawback",
    })
    void firstCard(String query, String expected) throws QuerySyntaxException {
        List<String> top = index.matchingCardIds(query, 3);
        assertEquals(expected, top.isEmpty() ? null : top.get(0), "top 3 for '" + query + "': " + new ArrayList<>(top));
    }

    @org.junit.jupiter.api.Test
    void aQueryOfQuestionWordsOnlyStillSearchesThem() throws QuerySyntaxException {
        // every word is a stop word or a question word: kept rather than refused as "no searchable words"
        List<SearchHit> hits = index.search("how does it work", 5);
        org.junit.jupiter.api.Assertions.assertFalse(hits.isEmpty(), "nothing found for a plain question");
        // and a real query gives the same first card with or without the question words around it
        assertEquals(index.matchingCardIds("dropout inverted scaling", 1), index.matchingCardIds("why is dropout inverted scaling", 1));
    }
}
