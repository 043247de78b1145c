#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// Loads the bundled datasets (data/, embedded as :/data) into a database: the skill
// catalogue, income factors, kinds of work, salary statistics and the sample listings.
// Reference data is upserted; sample listings are inserted once and then belong to the user.
// Running it twice adds nothing.
class SeedLoader
{
    Q_DECLARE_TR_FUNCTIONS(SeedLoader)

public:
    explicit SeedLoader(QSqlDatabase database, QString dataDirectory = QStringLiteral(":/data"));

    // Bump when a file in data/ changes, so existing databases pick the change up.
    static int bundledSeedVersion() { return 2; }
    int storedSeedVersion() const;

    bool seedIfOutdated(QString *error);
    // One transaction: every dataset or none.
    bool seed(QString *error);

private:
    bool seedSkills(QString *error);
    bool seedIncomeFactors(QString *error);
    bool seedWorkKinds(QString *error);
    bool seedSalaryStatistics(QString *error);
    bool seedSampleListings(QString *error);
    bool readCsv(const QString &fileName, int expectedColumns, QList<QStringList> *rows,
                 QString *error) const;

    QSqlDatabase m_database;
    QString m_dataDirectory;
};
