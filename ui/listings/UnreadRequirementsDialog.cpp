#include "listings/UnreadRequirementsDialog.h"

#include "core/UnreadRequirements.h"
#include "services/AnalysisService.h"
#include "services/Session.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UnreadRequirementsDialog::UnreadRequirementsDialog(Session *session, QWidget *parent)
    : QDialog(parent), m_session(session), m_analysis(session->analysis()),
      m_intro(new QLabel(this)), m_table(new QTableWidget(this)), m_name(new QLineEdit(this)),
      m_skill(new QComboBox(this)), m_map(new QPushButton(this)), m_status(new QLabel(this))
{
    setObjectName(u"unreadRequirementsDialog"_s);
    setWindowTitle(tr("Requirements the catalogue cannot read"));
    m_table->setObjectName(u"unreadTable"_s);
    m_name->setObjectName(u"unreadName"_s);
    m_skill->setObjectName(u"unreadSkill"_s);
    m_map->setObjectName(u"unreadMap"_s);
    m_status->setObjectName(u"unreadStatus"_s);
    m_intro->setWordWrap(true);
    m_status->setWordWrap(true);
    m_intro->setText(tr("Your listings ask for these, but no catalogue skill names them, so a "
                        "listing's fit counts them as unknown. Choose one, shorten it to the "
                        "name that matters if you like, and say which skill it is: the name is "
                        "kept and every listing is read again."));
    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Requirement"), tr("Listings")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Requirements the catalogue cannot read"));

    // Every catalogue skill by its name in the interface's language, with its area.
    m_skill->setEditable(true);
    m_skill->setInsertPolicy(QComboBox::NoInsert);
    for (const CatalogueSkill &skill : m_analysis->data().catalogue.skills())
        m_skill->addItem(
            u"%1 (%2)"_s.arg(skill.displayName(), SkillCategories::displayName(skill.category)),
            skill.id);
    m_skill->model()->sort(0);
    m_skill->setCurrentIndex(-1);
    m_skill->completer()->setFilterMode(Qt::MatchContains);
    m_skill->completer()->setCompletionMode(QCompleter::PopupCompletion);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name to read:"), m_name);
    form->addRow(tr("As &skill:"), m_skill);
    m_name->setAccessibleName(tr("Name to read"));
    m_skill->setAccessibleName(tr("As skill"));
    m_map->setText(tr("&Read as this skill"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_map, 0, Qt::AlignRight);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && m_table->item(row, 0))
            m_name->setText(m_table->item(row, 0)->text());
        updateButton();
    });
    connect(m_name, &QLineEdit::textChanged, this, &UnreadRequirementsDialog::updateButton);
    connect(m_skill, &QComboBox::currentIndexChanged, this,
            &UnreadRequirementsDialog::updateButton);
    connect(m_map, &QPushButton::clicked, this,
            [this] { map(m_skill->currentData().toString(), m_name->text()); });
    reload();
    updateButton();
}

void UnreadRequirementsDialog::reload()
{
    const QList<UnreadRequirement> unread =
        UnreadRequirements::collect(m_analysis->data().listings);
    m_table->setRowCount(int(unread.size()));
    for (int row = 0; row < unread.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(unread.at(row).text));
        auto *count = new QTableWidgetItem(QLocale().toString(unread.at(row).listings));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, count);
    }
    if (unread.isEmpty())
        m_status->setText(tr("Every requirement of your listings names a catalogue skill."));
}

void UnreadRequirementsDialog::updateButton()
{
    m_map->setEnabled(!m_name->text().trimmed().isEmpty() && m_skill->currentIndex() >= 0 &&
                      !m_skill->currentData().toString().isEmpty());
}

bool UnreadRequirementsDialog::map(const QString &skillId, const QString &name)
{
    QString error;
    const int read = m_session->teachSkillName(skillId, name, &error);
    if (read < 0) {
        m_status->setText(tr("Not mapped: %1").arg(error));
        return false;
    }
    const CatalogueSkill *skill = m_analysis->data().catalogue.byId(skillId);
    m_status->setText(tr("\"%1\" is read as %2 from now on; %3 requirements of your listings "
                         "now name it.")
                          .arg(name.trimmed(), skill ? skill->displayName() : skillId)
                          .arg(read));
    m_name->clear();
    reload();
    return true;
}
