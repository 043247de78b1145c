#include "JsonListStream.h"

#include "ImportTextReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

JsonListStream::JsonListStream(ImportTextReader &text, std::function<bool(qint64)> progress)
    : m_text(text), m_progress(std::move(progress))
{
}

bool JsonListStream::refill()
{
    while (const auto piece = m_text.next()) {
        if (m_progress && !m_progress(m_text.bytesRead())) {
            m_stopped = true;
            return false;
        }
        // JSON's structure is ASCII, so the scanner works on UTF-8 bytes.
        m_buffer = piece->toUtf8();
        m_position = 0;
        if (!m_buffer.isEmpty())
            return true;
    }
    return false;
}

int JsonListStream::peek()
{
    if (m_position == m_buffer.size() && (m_stopped || !refill()))
        return -1;
    return uchar(m_buffer.at(m_position));
}

void JsonListStream::advance()
{
    if (m_buffer.at(m_position) == '\n')
        ++m_line;
    ++m_position;
}

void JsonListStream::skipSpace()
{
    for (int c = peek(); isSpace(c); c = peek())
        advance();
}

bool JsonListStream::fail(const QString &message, int line)
{
    if (m_stopped)
        return false;
    if (!m_text.error().isEmpty()) { // the text stopped decoding: that is the fault to report
        m_error = m_text.error();
        return false;
    }
    m_error = tr("the file is not valid JSON: %1 (line %2)").arg(message).arg(line);
    m_errorLine = line;
    return false;
}

// Copies one value's text, from its first character to its last, into raw. Brackets and
// quotes are only counted here; QJsonDocument checks the value itself afterwards.
bool JsonListStream::captureValue(QByteArray &raw)
{
    raw.clear();
    skipSpace();
    const int startLine = m_line;
    int c = peek();
    if (c < 0)
        return fail(tr("the file ends where a value should be"), startLine);
    if (c == '{' || c == '[') {
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        while ((c = peek()) >= 0) {
            raw.append(char(c));
            advance();
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"')
                    inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return true;
            }
        }
        return fail(tr("the file ends inside a value that opens on line %1").arg(startLine),
                    m_line);
    }
    if (c == '"') {
        raw.append(char(c));
        advance();
        bool escaped = false;
        while ((c = peek()) >= 0) {
            raw.append(char(c));
            advance();
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                return true;
        }
        return fail(tr("the file ends inside a text that opens on line %1").arg(startLine), m_line);
    }
    // A number, true, false or null: up to the next separator.
    while ((c = peek()) >= 0 && c != ',' && c != ']' && c != '}' && !isSpace(c)) {
        raw.append(char(c));
        advance();
    }
    return true;
}

bool JsonListStream::parse(const QByteArray &raw, int startLine, QJsonValue *value)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson('[' + raw + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = qBound(0, parseError.offset - 1, int(raw.size()));
        return fail(parseError.errorString(),
                    startLine + int(QByteArrayView(raw).first(offset).count('\n')));
    }
    *value = document.array().at(0);
    return true;
}

bool JsonListStream::readList(const ElementHandler &element)
{
    // After the opening bracket.
    skipSpace();
    if (peek() == ']') {
        advance();
        return true;
    }
    QByteArray raw;
    for (int number = 1;; ++number) {
        skipSpace();
        const int startLine = m_line;
        QJsonValue value;
        if (!captureValue(raw) || !parse(raw, startLine, &value))
            return false;
        if (!element(value, number)) {
            m_stopped = true;
            return false;
        }
        skipSpace();
        const int c = peek();
        if (c == ',') {
            advance();
            continue;
        }
        if (c == ']') {
            advance();
            return true;
        }
        return fail(c < 0 ? tr("the file ends inside the list") : tr("a comma is missing"), m_line);
    }
}

bool JsonListStream::readObject(const QString &listKey, const ElementHandler &element)
{
    // After the opening brace.
    skipSpace();
    if (peek() == '}') {
        advance();
        return true;
    }
    QByteArray raw;
    while (true) {
        skipSpace();
        const int keyLine = m_line;
        if (peek() != '"')
            return fail(peek() < 0 ? tr("the file ends inside an object")
                                   : tr("a member's name in quotes is expected"),
                        keyLine);
        QJsonValue key;
        if (!captureValue(raw) || !parse(raw, keyLine, &key))
            return false;
        skipSpace();
        if (peek() != ':')
            return fail(tr("a colon is missing after \"%1\"").arg(key.toString()), m_line);
        advance();
        skipSpace();
        if (key.toString() == listKey && peek() == '[') {
            advance();
            m_listFound = true;
            if (!readList(element))
                return false;
        } else {
            const int valueLine = m_line;
            QJsonValue value;
            if (!captureValue(raw) || !parse(raw, valueLine, &value))
                return false;
            if (key.toString() == listKey)
                m_listFound = false; // a later duplicate replaces the list, as in QJsonObject
            m_otherMembers.insert(key.toString(), value);
        }
        skipSpace();
        const int c = peek();
        if (c == ',') {
            advance();
            continue;
        }
        if (c == '}') {
            advance();
            return true;
        }
        return fail(c < 0 ? tr("the file ends inside an object") : tr("a comma is missing"),
                    m_line);
    }
}

bool JsonListStream::read(const QString &listKey, const ElementHandler &element)
{
    skipSpace();
    const int c = peek();
    bool read = false;
    if (c == '[') {
        advance();
        m_rootIsList = true;
        m_listFound = true;
        read = readList(element);
    } else if (c == '{') {
        advance();
        read = readObject(listKey, element);
    } else {
        return fail(tr("the file is neither a JSON object nor a list"), m_line);
    }
    if (!read)
        return false;
    skipSpace();
    if (peek() >= 0)
        return fail(tr("text follows the end of the document"), m_line);
    if (m_stopped)
        return false;
    if (!m_text.error().isEmpty()) {
        m_error = m_text.error();
        return false;
    }
    return true;
}
