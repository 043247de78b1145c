#include "CsvRecordReader.h"

#include <QCoreApplication>

CsvRecordReader::CsvRecordReader(RecordHandler handler) : m_handler(std::move(handler))
{
}

bool CsvRecordReader::fail(const QString &message, int line)
{
    m_error = message;
    m_errorLine = line;
    m_stopped = true;
    return false;
}

bool CsvRecordReader::endField()
{
    m_current.fields.append(m_field);
    m_field.clear();
    m_fieldWasQuoted = false;
    return true;
}

bool CsvRecordReader::endRecord()
{
    endField();
    const bool blank = m_current.fields.size() == 1 && m_current.fields.first().isEmpty();
    bool goOn = true;
    if (!blank || m_recordHasContent)
        goOn = m_handler(std::exchange(m_current, CsvRecord{}));
    m_current = CsvRecord{};
    m_recordHasContent = false;
    if (!goOn)
        m_stopped = true;
    return goOn;
}

bool CsvRecordReader::feed(QStringView text)
{
    if (m_stopped)
        return false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (m_afterCarriageReturn) {
            m_afterCarriageReturn = false;
            if (c == u'\n')
                continue;
        }
        if (m_current.line == 0)
            m_current.line = m_line;
        if (m_quoteInQuotes) {
            m_quoteInQuotes = false;
            if (c == u'"') {
                m_field.append(u'"');
                continue;
            }
            m_inQuotes = false; // that quote closed the field; c is read as outside quotes
        }
        if (m_inQuotes) {
            if (c == u'"') {
                m_quoteInQuotes = true;
            } else {
                if (c == u'\n')
                    ++m_line;
                m_field.append(c);
            }
            continue;
        }
        if (c == u'"') {
            if (!m_field.isEmpty() || m_fieldWasQuoted)
                return fail(QCoreApplication::translate("CsvReader",
                                                        "a quote appears inside an unquoted field"),
                            m_line);
            m_inQuotes = true;
            m_fieldWasQuoted = true;
            m_recordHasContent = true;
            m_quoteStartLine = m_line;
        } else if (c == u',') {
            m_recordHasContent = true;
            endField();
        } else if (c == u'\r' || c == u'\n') {
            m_afterCarriageReturn = c == u'\r';
            const bool goOn = endRecord();
            ++m_line;
            if (!goOn)
                return false;
        } else {
            if (m_fieldWasQuoted)
                return fail(QCoreApplication::translate(
                                "CsvReader", "text follows the closing quote of a field"),
                            m_line);
            m_field.append(c);
            m_recordHasContent = true;
        }
    }
    return true;
}

bool CsvRecordReader::finish()
{
    if (m_stopped)
        return false;
    if (m_quoteInQuotes) {
        m_quoteInQuotes = false;
        m_inQuotes = false;
    }
    if (m_inQuotes)
        return fail(QCoreApplication::translate(
                        "CsvReader", "a quoted field is never closed (it opens on line %1)")
                        .arg(m_quoteStartLine),
                    m_quoteStartLine);
    if (m_current.line != 0)
        return endRecord();
    return true;
}
