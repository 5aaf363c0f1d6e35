package io.verideck.kb.imports.exam;

import io.verideck.kb.imports.ImportWarning;
import io.verideck.kb.imports.ImportedDocument;
import io.verideck.kb.imports.Importer;
import io.verideck.kb.imports.Note;
import io.verideck.kb.imports.SourceFormat;
import io.verideck.kb.imports.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Plain or Markdown-ish exam Q&amp;A text. */
public final class ExamImporter implements Importer {
    private static final Pattern NUMBERING = Pattern.compile("^(#{1,6}\\s*)?(\\*\\*)?((Q(uestion)?\\s*\\d+\\s*[.:)]?)|(\\d+\\s*[.)]))\\s*(\\*\\*)?\\s*");
    private static final Pattern VERB = Pattern.compile("(?i)^(explain|define|describe|compare|derive|discuss|state|show|prove|"
            + "give|list|outline|name|contrast|sketch|justify|calculate|compute|what|why|how|when|which)\\b.*");
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\((explain|describe|add|insert|write|fill in|answer|todo|tbd)"
            + "[^)]{0,80}(here|later|todo)?\\)|\\bTODO\\b|\\bTBD\\b|\\[\\s*\\.\\.\\.\\s*\\]|\\.\\.\\.\\s*$");

    @Override
    public SourceFormat format() {
        return SourceFormat.EXAM;
    }

    @Override
    public ImportedDocument read(SourceText source) {
        List<String> lines = source.lines();
        List<String> paras = new ArrayList<>();
        List<Integer> paraLines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int curLine = 0;
        for (int i = 0; i <= lines.size(); i++) {
            String l = i < lines.size() ? lines.get(i) : "";
            if (l.isBlank()) {
                if (cur.length() > 0) {
                    String p = cur.toString().strip();
                    int last = paras.size() - 1;
                    if (last >= 0 && broken(paras.get(last), p)) {
                        paras.set(last, paras.get(last) + " " + p);
                    } else {
                        paras.add(p);
                        paraLines.add(curLine);
                    }
                    cur.setLength(0);
                }
                continue;
            }
            if (cur.length() == 0) curLine = i + 1;
            else cur.append('\n');
            cur.append(l.strip());
        }
        List<Note> notes = new ArrayList<>();
        List<ImportWarning> warnings = new ArrayList<>();
        String q = null;
        int qLine = 0;
        List<String> answer = new ArrayList<>();
        for (int k = 0; k <= paras.size(); k++) {
            String p = k < paras.size() ? paras.get(k) : null;
            if (p == null || isQuestion(p)) {
                if (q != null) add(notes, warnings, source, q, String.join("\n\n", answer), qLine);
                if (p == null) break;
                q = NUMBERING.matcher(p).replaceFirst("").replace("**", "").replaceAll("\\s*\\n\\s*", " ").strip();
                qLine = paraLines.get(k);
                answer = new ArrayList<>();
            } else if (q != null) {
                answer.add(p.replaceAll("(?m)^#{1,2}(\\s)", "###$1"));
            }
        }
        return ImportedDocument.of(null, notes, warnings);
    }

    static boolean isQuestion(String p) {
        String s = NUMBERING.matcher(p).replaceFirst("").replace("**", "").strip();
        if (s.length() > 400 || s.isEmpty()) return false;
        boolean numbered = !s.equals(p.replace("**", "").strip());
        return s.endsWith("?") || numbered && VERB.matcher(s).matches()
                || VERB.matcher(s).matches() && !s.contains("\n") && s.length() < 200 && !s.matches("(?i)^(what|why|how|when|which)\\b.*\\.$");
    }

    /** A paragraph cut by a stray blank line: no end punctuation, continued in lower case. */
    private static boolean broken(String prev, String next) {
        char end = prev.charAt(prev.length() - 1);
        return ".?!:;)\"”*$".indexOf(end) < 0 && Character.isLowerCase(next.charAt(0)) && !prev.startsWith("-");
    }

    private static void add(List<Note> notes, List<ImportWarning> warnings, SourceText source, String q, String a, int line) {
        boolean placeholder = PLACEHOLDER.matcher(a).find() || a.isBlank();
        if (a.isBlank()) warnings.add(new ImportWarning(source.at(line), "question has no answer"));
        else if (placeholder) warnings.add(new ImportWarning(source.at(line), "answer is an author placeholder; marked incomplete"));
        notes.add(Note.of(q, a, line, List.of(), placeholder));
    }
}
