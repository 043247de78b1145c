#include "shell/TeamDatabaseSettings.h"

#include "storage/ListingRepository.h"
#include "storage/team/ServerAddress.h"
#include "storage/team/TeamDatabase.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

using namespace Qt::StringLiterals;

TeamDatabaseSettings::TeamDatabaseSettings(const QString &uri, QWidget *parent)
    : QGroupBox(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_tlsMode(new QComboBox(this)),
      m_test(new QPushButton(this)), m_result(new QLabel(this)), m_note(new QLabel(this))
{
    setObjectName(u"teamDatabaseSettings"_s);
    setTitle(tr("&Team database (PostgreSQL)"));
    setCheckable(true);
    m_host->setObjectName(u"teamHost"_s);
    m_port->setObjectName(u"teamPort"_s);
    m_database->setObjectName(u"teamDatabaseName"_s);
    m_user->setObjectName(u"teamUser"_s);
    m_tlsMode->setObjectName(u"teamTlsMode"_s);
    m_test->setObjectName(u"teamTestConnection"_s);
    m_result->setObjectName(u"teamTestResult"_s);

    m_host->setPlaceholderText(u"db.example.com"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setPlaceholderText(u"careerplanner"_s);
    m_user->setPlaceholderText(tr("your login name"));
    // libpq's modes, safest last; verify-full checks the certificate and the host name.
    const QList<std::pair<QString, QString>> modes{
        {u"verify-full"_s, tr("verify-full: encrypted, certificate and host name checked")},
        {u"verify-ca"_s, tr("verify-ca: encrypted, certificate checked")},
        {u"require"_s, tr("require: encrypted, certificate not checked")},
        {u"prefer"_s, tr("prefer: encrypted when the server offers it")},
        {u"disable"_s, tr("disable: not encrypted (a trusted network only)")}};
    for (const auto &[mode, text] : modes)
        m_tlsMode->addItem(text, mode);
    m_test->setText(tr("T&est connection"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setText(tr("Your profile, saved listings, notes and settings stay in the local file; "
                       "the listings are the team's, copied to the local file so that they can "
                       "be searched when the server cannot be reached. Passwords are never "
                       "stored: put yours in ~/.pgpass. Takes effect when CareerPlanner starts "
                       "next."));

    QString error;
    const auto address = uri.isEmpty() ? std::nullopt : ServerAddress::parse(uri, &error);
    setChecked(address.has_value());
    if (address) {
        m_host->setText(address->host());
        if (address->port() > 0)
            m_port->setValue(address->port());
        m_database->setText(address->database());
        m_user->setText(address->user());
        m_tlsMode->setCurrentIndex(std::max(0, m_tlsMode->findData(address->sslMode())));
    } else {
        m_tlsMode->setCurrentIndex(m_tlsMode->findData(u"verify-full"_s));
    }

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Database &name:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("TLS m&ode:"), m_tlsMode);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_note);

    connect(m_test, &QPushButton::clicked, this, &TeamDatabaseSettings::testConnection);
    for (QLineEdit *field : {m_host, m_database, m_user})
        connect(field, &QLineEdit::textChanged, this, &TeamDatabaseSettings::updateState);
    connect(this, &QGroupBox::toggled, this, &TeamDatabaseSettings::updateState);
    updateState();
}

TeamDatabaseSettings::~TeamDatabaseSettings()
{
    if (m_tester) {
        m_tester->wait();
        delete m_tester;
    }
}

QString TeamDatabaseSettings::uri() const
{
    if (!isChecked() || !isValid())
        return {};
    auto encoded = [](const QString &part) {
        return QString::fromLatin1(QUrl::toPercentEncoding(part.trimmed()));
    };
    const QString host = m_host->text().trimmed();
    QString uri = u"postgresql://"_s;
    if (!m_user->text().trimmed().isEmpty())
        uri += encoded(m_user->text()) + u'@';
    uri += host.contains(u':') ? u'[' + host + u']' : encoded(host);
    uri += u':' + QString::number(m_port->value()) + u'/' + encoded(m_database->text());
    uri += u"?sslmode="_s + m_tlsMode->currentData().toString();
    return uri;
}

bool TeamDatabaseSettings::isValid() const
{
    return !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
}

void TeamDatabaseSettings::updateState()
{
    emit changed();
    m_test->setEnabled(isChecked() && isValid() && !m_tester);
    if (isChecked() && !isValid())
        m_result->setText(tr("A host and a database are needed."));
    else if (!m_tester)
        m_result->clear();
}

void TeamDatabaseSettings::testConnection()
{
    QString error;
    const auto address = ServerAddress::parse(uri(), &error);
    if (!address) {
        showTestResult(false, error);
        return;
    }
    m_result->setText(tr("Connecting…"));
    m_test->setEnabled(false);
    m_tester = QThread::create([this, address = *address]() {
        // A connection of this thread's own; the dialog stays responsive meanwhile.
        TeamDatabase team;
        bool ok = team.open(address);
        QString message = team.lastError();
        if (ok) {
            QString countError;
            const int listings = ListingRepository(team.connection()).count(&countError);
            ok = listings >= 0;
            message = ok ? tr("Connected: schema version %1, %2 listings; this account %3.")
                               .arg(team.schemaVersion())
                               .arg(QLocale().toString(listings))
                               .arg(team.canEdit() ? tr("may import, merge and delete")
                                                   : tr("may search and read only"))
                         : countError;
        }
        QMetaObject::invokeMethod(
            this, [this, ok, message]() { showTestResult(ok, message); }, Qt::QueuedConnection);
    });
    m_tester->start();
}

void TeamDatabaseSettings::showTestResult(bool ok, const QString &message)
{
    if (m_tester) {
        m_tester->wait();
        delete m_tester;
        m_tester = nullptr;
    }
    m_test->setEnabled(isChecked() && isValid());
    m_result->setText(u"<span style='color:%1'>%2</span>"_s.arg(ok ? u"#2e7d32"_s : u"#c62828"_s,
                                                                message.toHtmlEscaped()));
    emit tested(ok);
}
