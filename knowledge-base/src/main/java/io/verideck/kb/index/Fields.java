package io.verideck.kb.index;

/** Field names of the index (part of the on-disk format: change {@link IndexFormat#VERSION} with them). */
final class Fields {
    static final String KIND = "kind";
    static final String ID = "id";
    static final String QUESTION = "question";
    static final String ANSWER = "answer";
    static final String KEY_POINTS = "keypoints";
    static final String TAGS = "tags";
    static final String TAG = "tag";
    static final String DECK = "deck";
    static final String LECTURE = "lecture";
    static final String LECTURE_TITLE = "lectureTitle";
    static final String SECTION = "section";
    static final String FILE = "file";
    static final String LINE = "line";
    static final String FILE_HASH = "fileHash";
    static final String COVERS = "covers";

    static final String KIND_CARD = "card";
    static final String KIND_SECTION = "section";

    private Fields() {
    }
}
