#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <functional>

class ImportTextReader;

// Reads a JSON document that is a list, or an object with one member that is a list, one
// element at a time: {"format": …, "listings": [{…}, {…}, …]} of any length is read with only
// the element at hand in memory. Each element and each other member is checked by
// QJsonDocument; the scanner here only finds where they begin and end.
class JsonListStream
{
    Q_DECLARE_TR_FUNCTIONS(JsonListStream)

public:
    // Called with each element of the list and its 1-based number; returning false stops.
    using ElementHandler = std::function<bool(const QJsonValue &element, int number)>;

    JsonListStream(ImportTextReader &text, std::function<bool(qint64 bytesRead)> progress);

    // False on malformed JSON (error(), errorLine()) or when stopped (stopped()).
    bool read(const QString &listKey, const ElementHandler &element);

    bool rootIsList() const { return m_rootIsList; }
    // The root object's members other than the list; their values are whole.
    const QJsonObject &otherMembers() const { return m_otherMembers; }
    // The root object had the list member (false: missing, or not a list).
    bool listFound() const { return m_listFound; }
    bool stopped() const { return m_stopped; }
    const QString &error() const { return m_error; }
    int errorLine() const { return m_errorLine; }

private:
    int peek();
    void advance();
    void skipSpace();
    bool captureValue(QByteArray &raw);
    bool parse(const QByteArray &raw, int startLine, QJsonValue *value);
    bool readList(const ElementHandler &element);
    bool readObject(const QString &listKey, const ElementHandler &element);
    bool fail(const QString &message, int line);
    bool refill();

    ImportTextReader &m_text;
    std::function<bool(qint64)> m_progress;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    int m_line = 1;
    bool m_rootIsList = false;
    bool m_listFound = false;
    bool m_stopped = false;
    QJsonObject m_otherMembers;
    QString m_error;
    int m_errorLine = 0;
};
