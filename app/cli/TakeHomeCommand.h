#pragma once

#include "cli/Command.h"
#include "core/takehome/TakeHomeInput.h"

#include <QCoreApplication>
#include <optional>

// `careerplanner takehome --employment fulltime|freelance|dispatch|parttime
//  (--annual YEN | --monthly YEN | --hourly YEN) [--age N] [--prefecture NAME]
//  [--year 2025|2026] [--bonus-months N] [--billed-months N] [--expenses YEN|PCT%]
//  [--margin PCT] [--invoice standard|simplified|twenty-percent|none] [--dependants N]
//  [--spouse] [--format text|json]`, and with --break-even the freelance monthly rate whose
// take-home pay equals an --annual salary's. Needs no database: the figures are bundled.
class TakeHomeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TakeHomeCommand)

public:
    QString name() const override { return QStringLiteral("takehome"); }
    QString summary() const override;
    QString description() const override;
    QList<QCommandLineOption> options() const override;
    int run(const QCommandLineParser &parser, QTextStream &out, QTextStream &err) override;

    // "600000", "600,000", "60万" or "60万円" in yen; nullopt if it is none of these.
    static std::optional<qint64> parseYen(const QString &text);

private:
    // Reads the options into an input; an empty return means done, else the message.
    static QString readInput(const QCommandLineParser &parser, TakeHomeInput *input);
};
