package io.verideck.kb.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes untrusted Markdown inert: raw HTML tags are escaped (so a Markdown renderer shows them as
 * text), and links or images whose target is not http, https, mailto or a relative path lose their
 * target. Math ({@code $...$}, {@code $$...$$}) and code spans are left alone: a renderer never
 * interprets HTML there.
 */
public final class SafeMarkdown {
    private static final Pattern TAG_START = Pattern.compile("<(?=[A-Za-z/!?])");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://|mailto:)[^<>\\s]*>");
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]*)>?([^)]*)\\)");

    private SafeMarkdown() {
    }

    /** The text with HTML neutralised and unsafe link targets removed. */
    public static String clean(String markdown) {
        if (markdown.indexOf('<') < 0 && !markdown.contains("](")) return markdown;
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            char c = markdown.charAt(i);
            if (c == '`') {
                int run = run(markdown, i, '`');
                int close = markdown.indexOf("`".repeat(run), i + run);
                if (close > 0) {
                    out.append(markdown, i, close + run);
                    i = close + run;
                    continue;
                }
            } else if (c == '$' && (i == 0 || markdown.charAt(i - 1) != '\\')) {
                String delim = i + 1 < n && markdown.charAt(i + 1) == '$' ? "$$" : "$";
                int close = markdown.indexOf(delim, i + delim.length());
                if (close > 0 && (delim.equals("$$") || markdown.indexOf('\n', i) < 0
                        || markdown.indexOf('\n', i) > close)) {
                    out.append(markdown, i, close + delim.length());
                    i = close + delim.length();
                    continue;
                }
            } else if (c == '<') {
                Matcher auto = AUTOLINK.matcher(markdown).region(i, n);
                if (auto.lookingAt()) {
                    out.append(auto.group());
                    i = auto.end();
                    continue;
                }
                if (TAG_START.matcher(markdown).region(i, n).lookingAt()) {
                    out.append("&lt;");
                    i++;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return safeLinks(out.toString());
    }

    /** Escapes every {@code $} not already escaped: for sources whose dollars are never TeX. */
    public static String literalDollars(String text) {
        return text.replaceAll("(?<!\\\\)\\$", "\\\\\\$");
    }

    private static String safeLinks(String s) {
        Matcher m = LINK.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String url = m.group(1);
            String replacement = isSafeUrl(url) ? m.group() : "]()";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True for http(s), mailto, fragment and relative URLs; false for javascript:, data:, vbscript: ... */
    public static boolean isSafeUrl(String url) {
        String u = url.strip().replaceAll("[\\x00-\\x20]", "").toLowerCase(java.util.Locale.ROOT);
        int colon = u.indexOf(':');
        if (colon < 0) return true;
        int slash = u.indexOf('/');
        if (slash >= 0 && slash < colon) return true;
        String scheme = u.substring(0, colon);
        return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
    }

    private static int run(String s, int i, char c) {
        int j = i;
        while (j < s.length() && s.charAt(j) == c) j++;
        return j - i;
    }

}
