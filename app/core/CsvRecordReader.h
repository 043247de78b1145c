#pragma once

#include "CsvReader.h"

#include <QString>
#include <QStringView>
#include <functional>

// The RFC 4180 reader of CsvReader, fed a piece of text at a time, so that a file of any size
// is read with only the record at hand in memory. A piece may end anywhere: inside a quoted
// field, between the two quotes of a doubled quote, or between CR and LF.
class CsvRecordReader
{
public:
    // Called with each record as it completes; returning false stops the reading.
    using RecordHandler = std::function<bool(CsvRecord &&record)>;

    explicit CsvRecordReader(RecordHandler handler);

    // False once the text is malformed (error()) or the handler has stopped the reading;
    // later pieces are then ignored.
    bool feed(QStringView text);
    // The end of the text: completes the last record, or reports a quote left open.
    bool finish();

    const QString &error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    bool endField();
    bool endRecord();
    bool fail(const QString &message, int line);

    RecordHandler m_handler;
    CsvRecord m_current;
    QString m_field;
    QString m_error;
    int m_errorLine = 0;
    int m_line = 1;
    int m_quoteStartLine = 0;
    bool m_inQuotes = false;
    // A quote inside a quoted field: the next character decides whether it was a doubled
    // quote or the closing one.
    bool m_quoteInQuotes = false;
    // A CR ended the record; an LF right after it belongs to the same line break.
    bool m_afterCarriageReturn = false;
    bool m_fieldWasQuoted = false;
    bool m_recordHasContent = false;
    bool m_stopped = false;
};
