package io.verideck.kb.tex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.verideck.kb.content.ContentLoader;
import io.verideck.kb.model.Card;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureSection;
import io.verideck.kb.model.Library;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Golden file of TeX-to-text over every formula in the built-in content
 * ({@code src/test/resources/golden/tex-to-text.tsv}). When the content or the renderer changes on
 * purpose, regenerate it with {@code mvn -pl knowledge-base test -Dtest=TexGoldenTest -Dverideck.updateGolden=true}
 * and review the diff.
 */
class TexGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/tex-to-text.tsv");

    static TreeSet<String> builtInFormulas() {
        Library lib = ContentLoader.builtin();
        TreeSet<String> out = new TreeSet<>();
        for (Card c : lib.cards()) {
            out.addAll(MathSpans.formulas(c.question()));
            out.addAll(MathSpans.formulas(c.answer()));
            for (String k : c.keyPoints()) out.addAll(MathSpans.formulas(k));
        }
        for (Lecture l : lib.lectures()) {
            for (LectureSection s : l.sections()) out.addAll(MathSpans.formulas(s.title() + "\n" + s.body()));
        }
        return out;
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    @Test
    void everyBuiltInFormulaRendersAsRecorded() throws IOException {
        Map<String, String> rendered = new LinkedHashMap<>();
        for (String tex : builtInFormulas()) rendered.put(escape(tex), escape(TexText.toText(tex)));
        List<String> lines = new ArrayList<>();
        rendered.forEach((k, v) -> lines.add(k + "\t" + v));
        if (Boolean.getBoolean("verideck.updateGolden") || !Files.exists(GOLDEN)) {
            Files.createDirectories(GOLDEN.getParent());
            Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
            System.out.println("golden file written: " + GOLDEN.toAbsolutePath() + " (" + lines.size() + " formulas)");
        }
        Map<String, String> golden = new LinkedHashMap<>();
        for (String line : Files.readAllLines(GOLDEN, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            golden.put(line.substring(0, tab), line.substring(tab + 1));
        }
        List<String> diffs = new ArrayList<>();
        rendered.forEach((tex, text) -> {
            String want = golden.get(tex);
            if (want == null) diffs.add("not in the golden file: " + tex);
            else if (!want.equals(text)) diffs.add(tex + "\n   golden: " + want + "\n   now:    " + text);
        });
        assertEquals(List.of(), diffs, "regenerate with -Dverideck.updateGolden=true after checking the output");
        assertTrue(rendered.size() > 500, "the content has " + rendered.size() + " formulas");
    }

    @Test
    void noKnownCommandSurvivesAsABackslash() {
        List<String> left = new ArrayList<>();
        for (String tex : builtInFormulas()) {
            String out = TexText.toText(tex);
            if (out.contains("\\")) left.add(tex + " -> " + out);
        }
        assertEquals(List.of(), left);
    }
}
