package io.verideck.kb.imports.handbook;

import io.verideck.kb.imports.ImportWarning;
import io.verideck.kb.imports.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One flattened answer to Markdown: bullets and numbered items normalised, unfenced code fenced
 * (so its {@code #} comments are not read as headings), doubled math repaired, formula-only lines
 * made display math, stray TeX wrapped or, when malformed, kept verbatim as code with a warning.
 */
final class AnswerText {
    private static final Pattern CODE = Pattern.compile(
            "(def |class |import |from \\S+ import|return\\b|print\\(|#|elif |else:|try:|except\\b|"
            + "(if|for|while|with) .*:$|[A-Za-z_][\\w.]*(, ?[A-Za-z_][\\w.]*)* ?[-+*/]?= ?[\\w\\[(\"'-]).*");
    private static final Pattern NAKED_TEX = Pattern.compile("\\\\[A-Za-z]+");

    private AnswerText() {
    }

    static String clean(List<String> raw, int firstLine, SourceText source, List<ImportWarning> warnings) {
        List<String> out = new ArrayList<>();
        boolean inCode = false;
        for (int i = 0; i < raw.size(); i++) {
            String line = raw.get(i);
            boolean code = isCode(line) && (inCode || codeRunAhead(raw, i));
            if (code && !inCode) {
                out.add("");
                out.add("```");
                inCode = true;
            } else if (!code && inCode && !line.isBlank()) {
                trimBlankTail(out);
                out.add("```");
                out.add("");
                inCode = false;
            }
            if (inCode) {
                out.add(line.replace("```", "'''"));
                continue;
            }
            out.add(prose(line, firstLine + i, source, warnings));
        }
        if (inCode) {
            trimBlankTail(out);
            out.add("```");
        }
        return String.join("\n", out).replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static boolean isCode(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("•") || s.contains("\\")) return false;
        return CODE.matcher(s).matches() || line.startsWith("    ") && !s.matches("\\d+\\..*");
    }

    /** A single code-looking line only counts when another follows within two lines. */
    private static boolean codeRunAhead(List<String> raw, int i) {
        String s = raw.get(i).strip();
        if (s.startsWith("def ") || s.startsWith("import ") || s.matches("from \\S+ import.*")) return true;
        for (int j = i + 1; j < raw.size() && j <= i + 2; j++) {
            if (!raw.get(j).isBlank()) return isCode(raw.get(j));
        }
        return false;
    }

    private static void trimBlankTail(List<String> out) {
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) out.remove(out.size() - 1);
    }

    private static String prose(String line, int lineNo, SourceText source, List<ImportWarning> warnings) {
        String s = line.stripTrailing();
        String prefix = "";
        if (s.matches("\\s*•\\s*.*")) {
            prefix = "- ";
            s = s.replaceFirst("\\s*•\\s*", "");
        } else if (s.matches("\\s+\\d+\\.\\s.*")) {
            s = s.strip();
        }
        String t = s.strip();
        if (t.startsWith("$") && t.endsWith("\\$") && t.length() > 3) {
            return "$$" + t.substring(1, t.length() - 2).strip() + "$$";
        }
        if (t.startsWith("**") && t.indexOf("**", 2) < 0) t = t.substring(2);
        String fixed = DoubledMath.repair(t);
        if (fixed.matches("\\$[^$]+\\$") && prefix.isEmpty()) {
            return "$$" + fixed.substring(1, fixed.length() - 1) + "$$";
        }
        fixed = wrapNakedTex(fixed, lineNo, source, warnings);
        if (fixed.startsWith("#")) fixed = "\\" + fixed;
        return prefix + fixed;
    }

    /** TeX commands left outside {@code $...$} (never doubled, or rendered as nothing). */
    private static String wrapNakedTex(String s, int lineNo, SourceText source, List<ImportWarning> warnings) {
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int dollars = 0;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '$') dollars++;
            if (c != '\\' || dollars % 2 == 1) continue;
            var m = NAKED_TEX.matcher(s).region(i, s.length());
            if (!m.lookingAt()) continue;
            any = true;
            break;
        }
        if (!any) return s;
        String outside = s.replaceAll("\\$[^$]*\\$", "");
        if (malformed(outside)) {
            warnings.add(new ImportWarning(source.at(lineNo), "malformed TeX kept verbatim as code"));
            return "`" + s.replace("`", "'") + "`";
        }
        var m = Pattern.compile("\\\\[A-Za-z]+(\\{[^{}$]*\\})*(_\\{[^{}$]*\\}|_\\w)?(\\^\\{[^{}$]*\\}|\\^\\w)?").matcher(s);
        while (m.find()) {
            if (insideDollars(s, m.start())) continue;
            out.append(s, copied, m.start()).append('$').append(m.group()).append('$');
            copied = m.end();
        }
        out.append(s.substring(copied));
        return out.toString();
    }

    private static boolean insideDollars(String s, int pos) {
        int d = 0;
        for (int i = 0; i < pos; i++) if (s.charAt(i) == '$') d++;
        return d % 2 == 1;
    }

    private static boolean malformed(String tex) {
        int depth = 0;
        for (char c : tex.toCharArray()) {
            if (c == '{') depth++;
            if (c == '}') depth--;
            if (depth < 0) return true;
        }
        if (depth != 0) return true;
        int left = count(tex, "\\left");
        int right = count(tex, "\\right") - count(tex, "\\rightarrow") - count(tex, "\\Rightarrow");
        if (left != right) return true;
        var begins = Pattern.compile("\\\\begin\\{(\\w+)\\}").matcher(tex);
        var ends = Pattern.compile("\\\\end\\{(\\w+)\\}").matcher(tex);
        while (begins.find()) {
            if (!ends.find() || !ends.group(1).equals(begins.group(1))) return true;
        }
        return ends.find();
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }
}
