package org.psirtmaturity.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.psirtmaturity.json.ParseResult;
import org.psirtmaturity.model.Framework;
import org.psirtmaturity.model.FrameworkId;
import org.psirtmaturity.model.Problem;
import org.psirtmaturity.model.Rubric;
import org.psirtmaturity.scoring.Answer;
import org.psirtmaturity.scoring.Assessment;
import org.psirtmaturity.scoring.AssessmentContext;
import org.psirtmaturity.scoring.AssessmentValidator;
import org.psirtmaturity.scoring.FrameworkAnswer;
import org.psirtmaturity.scoring.RubricRef;
import org.psirtmaturity.scoring.Severity;
import org.psirtmaturity.scoring.ValidationOptions;
import org.psirtmaturity.scoring.ValidationProblem;
import org.psirtmaturity.scoring.internal.Paths;

/**
 * Reads a filled questionnaire into an assessment, in one round; see {@link Questionnaires#read}. One
 * instance reads one workbook.
 */
final class QuestionnaireReader {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    /** The rows of the start sheet the reader looks for, by the label in column A. */
    private enum Label {
        FORMAT("label.format"), RUBRIC("label.rubric"), EDITION("label.edition"),
        ORGANIZATION("label.organization"), ASSESSOR("label.assessor"), DATE("label.date");

        final String key;

        Label(String key) {
            this.key = key;
        }
    }

    /** The columns of the answers sheet the reader looks for, by their header. */
    private enum AnswerColumn {
        ID("header.id"), ANSWER("header.answer"), REASON("header.reason"), NOTE("header.note"), EVIDENCE("header.evidence");

        final String key;

        AnswerColumn(String key) {
            this.key = key;
        }
    }

    /** The columns of the foundations sheet the reader looks for, by their header. */
    private enum FoundationColumn {
        KEY("header.key"), ANSWER("header.answer");

        final String key;

        FoundationColumn(String key) {
            this.key = key;
        }
    }

    /** One row as read: its number and the values of the columns asked for. */
    private record Line(int row, List<Value> values) {
    }

    /** An answer read, where it came from, and whether its answer cell could be read. */
    private record AnswerRow(FrameworkAnswer answer, String idCell, String answerCell, boolean answerUnreadable) {
    }

    private final Rubric rubric;
    private final Locale locale;
    private final ValidationOptions options;
    private final SheetMessages messages;
    private final List<Problem> problems = new ArrayList<>();

    private Words words = Words.ENGLISH;
    private boolean date1904;
    private RubricRef ref;
    private String rubricIdCell;
    private String editionCell;
    private final Map<Label, Optional<String>> texts = new EnumMap<>(Label.class);
    private Optional<LocalDate> date = Optional.empty();

    private String answersSheet;
    private boolean answersRead;
    private final List<AnswerRow> answers = new ArrayList<>();
    /** The answer cell of every row with a framework id, answered or not: where a missing answer belongs. */
    private final Map<String, String> answerCellOfId = new HashMap<>();

    private boolean foundationsRead;
    private final Map<String, Boolean> foundations = new LinkedHashMap<>();
    private final Map<String, String> foundationCells = new HashMap<>();

    private QuestionnaireReader(Rubric rubric, Locale locale, ValidationOptions options) {
        this.rubric = rubric;
        this.locale = locale;
        this.options = options;
        this.messages = new SheetMessages(locale);
    }

    static ParseResult<Assessment> read(byte[] bytes, Rubric rubric, Locale locale, ValidationOptions options) {
        QuestionnaireReader reader = new QuestionnaireReader(rubric, locale, options);
        List<Problem> container = Container.check(bytes, reader.messages);
        if (!container.isEmpty()) {
            return new ParseResult<>(Optional.empty(), container.stream().map(QuestionnaireReader::error).toList());
        }
        return reader.read(bytes);
    }

    private ParseResult<Assessment> read(byte[] bytes) {
        ReadableWorkbook wb;
        try {
            wb = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(false, true));
        } catch (IOException | RuntimeException e) {
            // The reader signals a workbook it cannot open (a missing part, a broken relationship) with
            // IOExceptions and its own runtime exceptions; the container's checks have bounded the file.
            problems.add(messages.problem("", "sheet.damaged", "sheet.damaged", "xl/workbook.xml"));
            return result();
        }
        try (wb) {
            date1904 = wb.isDate1904();
            List<Sheet> sheets = wb.getSheets().toList();
            if (start(sheets)) {
                answers(sheets);
                foundations(sheets);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close a workbook read from memory", e);
        }
        return result();
    }

    // ------------------------------------------------------------------ sheets and rows

    private static Optional<Sheet> sheet(List<Sheet> sheets, String name) {
        return sheets.stream().filter(s -> name.equals(s.getName())).findFirst();
    }

    /** A sheet by its name in the workbook's language, or else in the other one. */
    private Optional<Sheet> sheet(List<Sheet> sheets, Function<Words, String> name) {
        Optional<Sheet> s = sheet(sheets, name.apply(words));
        for (Words w : Words.values()) {
            if (s.isEmpty()) {
                s = sheet(sheets, name.apply(w));
            }
        }
        return s;
    }

    /**
     * The rows of a sheet up to {@value Limits#MAX_ROWS}, with the values of the given columns (-1 for a
     * column not there); a value beyond that row is a problem. Empty if the sheet cannot be read (a problem).
     */
    private Optional<List<Line>> lines(Sheet sheet, String path, int... columns) {
        List<Line> lines = new ArrayList<>();
        String name = sheet.getName();
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            int previous = 0;
            while (it.hasNext()) {
                Row row = it.next();
                // A row without a number follows the one before it (the reader numbers such rows otherwise).
                int number = row.getRowNum() > previous ? row.getRowNum() : previous + 1;
                previous = number;
                if (number > Limits.MAX_ROWS) {
                    for (int c = 0; c < row.getCellCount(); c++) {
                        if (!Value.of(row.getOptionalCell(c)).isBlank()) {
                            problems.add(messages.located(path, "sheet.limit.rows", "sheet.limit.rows", CellRef.of(name, number, c),
                                    Paths.quote(name), String.valueOf(Limits.MAX_ROWS)));
                            return Optional.of(lines);
                        }
                    }
                    continue;
                }
                List<Value> values = new ArrayList<>(columns.length);
                for (int c : columns) {
                    values.add(c < 0 ? Value.BLANK : Value.of(row.getOptionalCell(c)));
                }
                lines.add(new Line(number, values));
            }
            return Optional.of(lines);
        } catch (IOException | RuntimeException e) {
            // As for the workbook: the reader's ways of signalling a sheet it cannot read.
            problems.add(messages.problem(path, "sheet.damaged", "sheet.damaged", Paths.quote(name)));
            return Optional.empty();
        }
    }

    /** The values of a sheet's header row (its first), as compared ({@link Choices#key}) → column; empty if unreadable (a problem). */
    private Optional<Map<String, Integer>> headers(Sheet sheet, String path) {
        Map<String, Integer> headers = new HashMap<>();
        try (Stream<Row> rows = sheet.openStream()) {
            Iterator<Row> it = rows.iterator();
            // The first row is the header row when it is numbered 1, or not numbered (the reader numbers
            // such a row from 0).
            if (it.hasNext()) {
                Row row = it.next();
                if (row.getRowNum() <= Layout.HEADER_ROW) {
                    for (int c = 0; c < row.getCellCount(); c++) {
                        Optional<String> text = Value.of(row.getOptionalCell(c)).asText();
                        if (text.isPresent()) {
                            headers.putIfAbsent(Choices.key(text.get()), c);
                        }
                    }
                }
            }
            return Optional.of(headers);
        } catch (IOException | RuntimeException e) {
            problems.add(messages.problem(path, "sheet.damaged", "sheet.damaged", Paths.quote(sheet.getName())));
            return Optional.empty();
        }
    }

    /** The column of a header in either language, or -1 (a problem, if the header is required). */
    private int column(Map<String, Integer> headers, String key, String sheet, String path) {
        for (Words w : Words.values()) {
            Integer c = headers.get(Choices.key(w.text(key)));
            if (c != null) {
                return c;
            }
        }
        problems.add(messages.located(path, "sheet.missing", "sheet.missing.header", CellRef.row(sheet, Layout.HEADER_ROW),
                words.text(key)));
        return -1;
    }

    // ------------------------------------------------------------------ the start sheet

    /** Reads the start sheet; false if the workbook is not a questionnaire of this format (a problem). */
    private boolean start(List<Sheet> sheets) {
        Optional<Sheet> start = Optional.empty();
        for (Sheet s : sheets) {
            for (Words w : Words.values()) {
                if (start.isEmpty() && w.startSheet().equals(s.getName())) {
                    start = Optional.of(s);
                    words = w;
                }
            }
        }
        if (start.isEmpty()) {
            problems.add(messages.problem("", "sheet.version", "sheet.version.none", "", Questionnaires.FORMAT));
            return false;
        }
        String name = start.get().getName();
        Optional<List<Line>> lines = lines(start.get(), "", Layout.LABEL, Layout.VALUE);
        if (lines.isEmpty()) {
            return false;
        }
        Map<Label, Line> rows = new EnumMap<>(Label.class);
        for (Line line : lines.get()) {
            Optional<String> label = line.values().get(0).asText();
            if (label.isEmpty()) {
                continue;
            }
            for (Label l : Label.values()) {
                for (Words w : Words.values()) {
                    if (Choices.key(label.get()).equals(Choices.key(w.text(l.key)))) {
                        rows.putIfAbsent(l, line);
                    }
                }
            }
        }

        Line format = rows.get(Label.FORMAT);
        if (format == null) {
            problems.add(messages.problem("", "sheet.version", "sheet.version.none", "", Questionnaires.FORMAT));
            return false;
        }
        String found = format.values().get(1).asText().map(String::strip).orElse("");
        if (!found.equals(Questionnaires.FORMAT)) {
            problems.add(messages.located("format", "sheet.version", "sheet.version", CellRef.of(name, format.row(), Layout.VALUE),
                    Paths.quote(found), Questionnaires.FORMAT));
            return false;
        }

        Line id = rows.get(Label.RUBRIC);
        Line edition = rows.get(Label.EDITION);
        if (id == null) {
            problems.add(messages.located("rubric.id", "sheet.missing", "sheet.missing.label", CellRef.column(name, Layout.LABEL),
                    words.text(Label.RUBRIC.key)));
        }
        if (edition == null) {
            problems.add(messages.located("rubric.edition", "sheet.missing", "sheet.missing.label", CellRef.column(name, Layout.LABEL),
                    words.text(Label.EDITION.key)));
        }
        if (id != null && edition != null) {
            rubricIdCell = CellRef.of(name, id.row(), Layout.VALUE);
            editionCell = CellRef.of(name, edition.row(), Layout.VALUE);
            Optional<String> idText = text(id.values().get(1), "rubric.id", rubricIdCell);
            Optional<String> editionText = text(edition.values().get(1), "rubric.edition", editionCell);
            ref = new RubricRef(idText.map(String::strip).orElse(""), editionText.map(String::strip).orElse(""));
        }

        for (Label l : List.of(Label.ORGANIZATION, Label.ASSESSOR)) {
            Line line = rows.get(l);
            if (line != null) {
                String path = "context." + (l == Label.ORGANIZATION ? "organization" : "assessor");
                texts.put(l, text(line.values().get(1), path, CellRef.of(name, line.row(), Layout.VALUE)).filter(t -> !t.isBlank()));
            }
        }
        Line day = rows.get(Label.DATE);
        if (day != null) {
            date = date(day.values().get(1), CellRef.of(name, day.row(), Layout.VALUE));
        }
        return true;
    }

    /**
     * A cell's text (white space kept; see {@link Value#asText}), or empty: for a blank cell, and for a
     * formula or a text beyond {@value Limits#MAX_TEXT_LENGTH} characters, which are problems.
     */
    private Optional<String> text(Value value, String path, String cell) {
        if (value instanceof Value.Formula f) {
            problems.add(messages.located(path, "sheet.cell.formula", "sheet.cell.formula", cell, Paths.quote("=" + f.formula())));
            return Optional.empty();
        }
        Optional<String> text = value.asText();
        if (text.isPresent() && text.get().length() > Limits.MAX_TEXT_LENGTH) {
            problems.add(messages.located(path, "sheet.limit.text", "sheet.limit.text", cell, String.valueOf(Limits.MAX_TEXT_LENGTH)));
            return Optional.empty();
        }
        return text.filter(t -> !t.isEmpty());
    }

    private Optional<LocalDate> date(Value value, String cell) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        if (value instanceof Value.Formula f) {
            problems.add(messages.located("context.date", "sheet.cell.formula", "sheet.cell.formula", cell, Paths.quote("=" + f.formula())));
            return Optional.empty();
        }
        if (value instanceof Value.Number n) {
            Optional<LocalDate> day = Value.date(n.number(), date1904);
            if (day.isPresent()) {
                return day;
            }
        } else if (value instanceof Value.Text t) {
            try {
                return Optional.of(LocalDate.parse(t.text().strip(), ISO_DATE));
            } catch (DateTimeParseException e) {
                // reported below, in the module's own words
            }
        }
        problems.add(messages.located("context.date", "sheet.cell.value", "sheet.cell.value.date", cell, Paths.quote(value.shown()), "YYYY-MM-DD"));
        return Optional.empty();
    }

    // ------------------------------------------------------------------ the answers sheet

    private void answers(List<Sheet> sheets) {
        Optional<Sheet> sheet = sheet(sheets, Words::answersSheet);
        if (sheet.isEmpty()) {
            problems.add(messages.problem("answers", "sheet.missing", "sheet.missing.sheet", words.answersSheet()));
            return;
        }
        answersSheet = sheet.get().getName();
        Optional<Map<String, Integer>> headers = headers(sheet.get(), "answers");
        if (headers.isEmpty()) {
            return;
        }
        EnumMap<AnswerColumn, Integer> columns = new EnumMap<>(AnswerColumn.class);
        for (AnswerColumn c : AnswerColumn.values()) {
            columns.put(c, column(headers.get(), c.key, answersSheet, "answers"));
        }
        if (columns.containsValue(-1)) {
            return;
        }
        int[] at = columns.values().stream().mapToInt(Integer::intValue).toArray();
        Optional<List<Line>> lines = lines(sheet.get(), "answers", at);
        if (lines.isEmpty()) {
            return;
        }
        answersRead = true;
        for (Line line : lines.get()) {
            if (line.row() > Layout.HEADER_ROW) {
                answer(line, columns);
            }
        }
    }

    private void answer(Line line, EnumMap<AnswerColumn, Integer> columns) {
        Value id = line.values().get(AnswerColumn.ID.ordinal());
        Value answer = line.values().get(AnswerColumn.ANSWER.ordinal());
        Value reason = line.values().get(AnswerColumn.REASON.ordinal());
        Value note = line.values().get(AnswerColumn.NOTE.ordinal());
        Value evidence = line.values().get(AnswerColumn.EVIDENCE.ordinal());
        String idCell = CellRef.of(answersSheet, line.row(), columns.get(AnswerColumn.ID));
        String answerCell = CellRef.of(answersSheet, line.row(), columns.get(AnswerColumn.ANSWER));
        String reasonCell = CellRef.of(answersSheet, line.row(), columns.get(AnswerColumn.REASON));

        String framework = id instanceof Value.Formula ? null : id.asText().orElse("");
        Optional<Framework> known = framework != null && FrameworkId.isWellFormed(framework)
                ? rubric.framework(FrameworkId.parse(framework)) : Optional.empty();
        Optional<Choices.Answer> choice = Choices.answer(answer);
        if (choice.isPresent() && choice.get() instanceof Choices.OutOfScope && known.isPresent() && known.get().outOfScope()) {
            answer = Value.BLANK; // the template's own mark: nothing was answered
            choice = Optional.empty();
        }
        if (framework != null && FrameworkId.isWellFormed(framework)) {
            answerCellOfId.putIfAbsent(framework, answerCell);
        }
        if (answer.isBlank() && reason.isBlank() && note.isBlank() && evidence.isBlank()) {
            return; // an area's row, or a framework left unanswered
        }
        String path = Paths.answer(framework, answers.size());
        if (framework == null) {
            Value.Formula f = (Value.Formula) id;
            problems.add(messages.located(path + ".framework", "sheet.cell.formula", "sheet.cell.formula", idCell, Paths.quote("=" + f.formula())));
            return;
        }

        boolean unreadable = false;
        Answer kind;
        if (answer.isBlank()) {
            kind = Answer.unanswered();
        } else if (answer instanceof Value.Formula f) {
            problems.add(messages.located(path + ".level", "sheet.cell.formula", "sheet.cell.formula", answerCell, Paths.quote("=" + f.formula())));
            kind = Answer.unanswered();
            unreadable = true;
        } else if (choice.isEmpty() || choice.get() instanceof Choices.OutOfScope) {
            refused(path + ".level", answerCell, answer, words.answerChoices(), Choices.suggest(answer.shown(), words));
            kind = Answer.unanswered();
            unreadable = true;
        } else if (choice.get() instanceof Choices.Level l) {
            kind = Answer.scored(l.level());
        } else if (choice.get() instanceof Choices.Excluded) {
            kind = new Answer.Excluded(text(reason, path + ".reason", reasonCell).filter(r -> !r.isBlank()));
        } else {
            kind = Answer.unanswered();
        }
        if (!unreadable && !(kind instanceof Answer.Excluded) && !reason.isBlank()) {
            problems.add(messages.located(path + ".reason", "sheet.cell.reason", "sheet.cell.reason", reasonCell, words.excluded()));
        }
        Optional<String> noteText = text(note, path + ".note", CellRef.of(answersSheet, line.row(), columns.get(AnswerColumn.NOTE)))
                .filter(n -> !n.isBlank());
        List<String> items = text(evidence, path + ".evidence", CellRef.of(answersSheet, line.row(), columns.get(AnswerColumn.EVIDENCE)))
                .map(QuestionnaireReader::evidence).orElse(List.of());
        answers.add(new AnswerRow(new FrameworkAnswer(framework, kind, noteText, items, Map.of()), idCell, answerCell, unreadable));
    }

    /** Evidence, one item per line: each line stripped, blank lines left out. */
    private static List<String> evidence(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private void refused(String path, String cell, Value value, List<String> expected, Optional<String> suggestion) {
        String shown = Paths.quote(value.shown());
        String list = String.join(", ", expected);
        if (suggestion.isPresent()) {
            problems.add(messages.located(path, "sheet.cell.value", "sheet.cell.value.choice.suggestion", cell, shown, list, suggestion.get()));
        } else {
            problems.add(messages.located(path, "sheet.cell.value", "sheet.cell.value.choice", cell, shown, list));
        }
    }

    // ------------------------------------------------------------------ the foundations sheet

    private void foundations(List<Sheet> sheets) {
        Optional<Sheet> sheet = sheet(sheets, Words::foundationsSheet);
        if (sheet.isEmpty()) {
            problems.add(messages.problem("foundations", "sheet.missing", "sheet.missing.sheet", words.foundationsSheet()));
            return;
        }
        String name = sheet.get().getName();
        Optional<Map<String, Integer>> headers = headers(sheet.get(), "foundations");
        if (headers.isEmpty()) {
            return;
        }
        int key = column(headers.get(), FoundationColumn.KEY.key, name, "foundations");
        int answer = column(headers.get(), FoundationColumn.ANSWER.key, name, "foundations");
        if (key < 0 || answer < 0) {
            return;
        }
        Optional<List<Line>> lines = lines(sheet.get(), "foundations", key, answer);
        if (lines.isEmpty()) {
            return;
        }
        foundationsRead = true;
        Map<String, String> seen = new HashMap<>();
        for (Line line : lines.get()) {
            if (line.row() <= Layout.HEADER_ROW) {
                continue;
            }
            Value value = line.values().get(1);
            if (value.isBlank()) {
                continue;
            }
            String k = line.values().get(0).asText().orElse("");
            String path = Paths.foundation(Paths.quote(k));
            String cell = CellRef.of(name, line.row(), answer);
            String first = seen.putIfAbsent(k, cell);
            if (first != null) {
                problems.add(messages.located(path, "sheet.foundation.duplicate", "sheet.foundation.duplicate", cell, Paths.quote(k), first));
                continue;
            }
            if (value instanceof Value.Formula f) {
                problems.add(messages.located(path, "sheet.cell.formula", "sheet.cell.formula", cell, Paths.quote("=" + f.formula())));
                continue;
            }
            Optional<Optional<Boolean>> yes = Choices.yesNo(value);
            if (yes.isEmpty()) {
                refused(path, cell, value, words.yesNoChoices(), Choices.suggestYesNo(value.shown(), words));
            } else if (yes.get().isPresent()) {
                foundations.put(k, yes.get().get());
                foundationCells.put(k, cell);
            }
        }
    }

    // ------------------------------------------------------------------ the rubric's rules, and the result

    private ParseResult<Assessment> result() {
        List<ValidationProblem> all = new ArrayList<>();
        problems.forEach(p -> all.add(error(p)));
        boolean readable = problems.stream().noneMatch(p -> p.code().equals("sheet.version") || p.path().isEmpty() && p.code().equals("sheet.damaged"));
        Optional<AssessmentContext> context = context();
        List<FrameworkAnswer> list = answers.stream().map(AnswerRow::answer).toList();
        if (readable) {
            Assessment checked = new Assessment(ref != null ? ref : RubricRef.of(rubric), context, list, foundations, Map.of());
            Placing placing = new Placing();
            for (ValidationProblem v : AssessmentValidator.validate(checked, rubric, locale, options).problems()) {
                placing.place(v).ifPresent(all::add);
            }
        }
        boolean errors = all.stream().anyMatch(ValidationProblem::isError);
        Optional<Assessment> value = errors ? Optional.empty() : Optional.of(new Assessment(ref, context, list, foundations, Map.of()));
        return new ParseResult<>(value, all);
    }

    private Optional<AssessmentContext> context() {
        Optional<String> organization = texts.getOrDefault(Label.ORGANIZATION, Optional.empty());
        Optional<String> assessor = texts.getOrDefault(Label.ASSESSOR, Optional.empty());
        if (organization.isEmpty() && assessor.isEmpty() && date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AssessmentContext(organization, assessor, date));
    }

    private static ValidationProblem error(Problem p) {
        return new ValidationProblem(p, Severity.ERROR);
    }

    /**
     * Places the rubric's problems in the workbook: each gets the cell it is about (the rubric's
     * reference, an answer's id or answer cell, a foundation's answer cell), or the answers sheet for a
     * framework whose row is gone. A problem is left out where the cell it is about could not be read
     * (its own problem was reported): a missing answer whose answer cell, or whose sheet, was not read.
     */
    private final class Placing {

        /** For an id with several rows: how many problems of each path and code were placed so far. */
        private final Map<String, Integer> placed = new HashMap<>();
        /** For an id with several rows: the problems each row has on its own. */
        private final Map<AnswerRow, List<String>> own = new HashMap<>();

        Optional<ValidationProblem> place(ValidationProblem v) {
            Problem p = v.problem();
            String path = p.path();
            String cell = null;
            if (path.equals("rubric.id")) {
                cell = rubricIdCell;
            } else if (path.equals("rubric.edition")) {
                cell = editionCell;
            } else if (path.startsWith("answers[")) {
                if (!answersRead && p.code().equals("answer.missing")) {
                    return Optional.empty();
                }
                String key = path.substring("answers[".length(), path.indexOf(']'));
                String sub = path.substring(path.indexOf(']') + 1);
                Optional<AnswerRow> row = row(key, p);
                if (row.isPresent() && row.get().answerUnreadable() && p.code().equals("answer.missing")) {
                    return Optional.empty();
                }
                if (row.isPresent()) {
                    cell = sub.equals(".framework") ? row.get().idCell() : row.get().answerCell();
                } else {
                    cell = answerCellOfId.getOrDefault(key, answersSheet == null ? null : CellRef.sheet(answersSheet));
                }
            } else if (path.startsWith("foundations[")) {
                String key = path.substring("foundations[".length(), path.length() - 1);
                cell = foundationCells.entrySet().stream().filter(e -> Paths.quote(e.getKey()).equals(key)).map(Map.Entry::getValue)
                        .findFirst().orElse(null);
            }
            return Optional.of(cell == null ? v : new ValidationProblem(messages.at(p, cell), v.severity()));
        }

        /** The row a problem about {@code answers[key]} is about. */
        private Optional<AnswerRow> row(String key, Problem p) {
            if (!key.isEmpty() && key.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                int index = Integer.parseInt(key);
                return index < answers.size() ? Optional.of(answers.get(index)) : Optional.empty();
            }
            List<AnswerRow> rows = answers.stream().filter(a -> a.answer().framework().equals(key)).toList();
            if (p.code().equals("answer.missing")) {
                return rows.stream().findFirst();
            }
            if (rows.size() <= 1) {
                return rows.stream().findFirst();
            }
            String counter = p.path() + "\t" + p.code();
            int n = placed.merge(counter, 1, Integer::sum) - 1;
            if (p.code().equals("answer.duplicate")) {
                return n + 1 < rows.size() ? Optional.of(rows.get(n + 1)) : Optional.empty();
            }
            List<AnswerRow> having = rows.stream().filter(r -> own(r).contains(counter)).toList();
            return n < having.size() ? Optional.of(having.get(n)) : Optional.empty();
        }

        /** The problems (path and code) a row's answer has on its own, without the others. */
        private List<String> own(AnswerRow row) {
            return own.computeIfAbsent(row, r -> AssessmentValidator
                    .validate(new Assessment(RubricRef.of(rubric), Optional.empty(), List.of(r.answer()), Map.of(), Map.of()), rubric, locale,
                            options)
                    .problems().stream().map(v -> v.path() + "\t" + v.code()).toList());
        }
    }
}
