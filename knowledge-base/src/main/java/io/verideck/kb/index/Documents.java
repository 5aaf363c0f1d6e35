package io.verideck.kb.index;

import io.verideck.kb.model.Card;
import io.verideck.kb.model.Lecture;
import io.verideck.kb.model.LectureSection;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Turns cards and lecture sections into Lucene documents. */
final class Documents {
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private Documents() {
    }

    static Document card(Card c, Lecture lecture, String fileHash) {
        Document d = new Document();
        d.add(new StringField(Fields.KIND, Fields.KIND_CARD, Field.Store.YES));
        d.add(new StringField(Fields.ID, c.id(), Field.Store.YES));
        d.add(new Field(Fields.QUESTION, c.question(), TEXT_WITH_OFFSETS));
        d.add(new Field(Fields.ANSWER, c.answer(), TEXT_WITH_OFFSETS));
        d.add(new Field(Fields.KEY_POINTS, String.join("; ", c.keyPoints()), TEXT_WITH_OFFSETS));
        d.add(new TextField(Fields.TAGS, String.join(" ", c.tags()), Field.Store.YES));
        for (String t : c.tags()) d.add(new StringField(Fields.TAG, t, Field.Store.NO));
        for (String t : c.covers()) d.add(new StringField(Fields.COVERS, t, Field.Store.YES));
        d.add(new StringField(Fields.DECK, c.deck(), Field.Store.YES));
        if (c.lecture() != null) {
            d.add(new StringField(Fields.LECTURE, Integer.toString(c.lecture().number()), Field.Store.YES));
            if (c.lecture().anchor() != null) d.add(new StoredField(Fields.SECTION, c.lecture().anchor()));
            if (lecture != null) d.add(new StoredField(Fields.LECTURE_TITLE, lecture.title()));
        }
        d.add(new StringField(Fields.FILE, c.location().file(), Field.Store.YES));
        d.add(new StoredField(Fields.LINE, c.location().line()));
        if (fileHash != null) d.add(new StringField(Fields.FILE_HASH, fileHash, Field.Store.YES));
        return d;
    }

    static List<Document> lecture(Lecture l, String fileHash) {
        List<Document> out = new ArrayList<>();
        for (LectureSection s : l.sections()) {
            Document d = new Document();
            d.add(new StringField(Fields.KIND, Fields.KIND_SECTION, Field.Store.YES));
            d.add(new StringField(Fields.ID, l.number() + "#" + s.anchor(), Field.Store.YES));
            d.add(new Field(Fields.QUESTION, s.title(), TEXT_WITH_OFFSETS));
            d.add(new Field(Fields.ANSWER, s.body(), TEXT_WITH_OFFSETS));
            d.add(new StringField(Fields.LECTURE, Integer.toString(l.number()), Field.Store.YES));
            d.add(new StoredField(Fields.LECTURE_TITLE, l.title()));
            d.add(new StoredField(Fields.SECTION, s.anchor()));
            d.add(new StringField(Fields.FILE, l.file(), Field.Store.YES));
            d.add(new StoredField(Fields.LINE, s.line()));
            if (fileHash != null) d.add(new StringField(Fields.FILE_HASH, fileHash, Field.Store.YES));
            out.add(d);
        }
        return out;
    }
}
