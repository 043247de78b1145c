#include "widgets/HeaderLayout.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

HeaderLayout::HeaderLayout(QHeaderView *header, const QString &settingsKey,
                           int alwaysShownColumn, QObject *parent)
    : QObject(parent), m_header(header), m_settingsKey(settingsKey),
      m_alwaysShownColumn(alwaysShownColumn), m_menu(new QMenu(header)),
      m_saveTimer(new QTimer(this))
{
    m_menu->setObjectName(u"columnChooser"_s);
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Dragging a column edge sends a resize per pixel: one write when the drag settles.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(400);
    connect(m_saveTimer, &QTimer::timeout, this, &HeaderLayout::save);
    connect(header, &QHeaderView::sectionResized, this, &HeaderLayout::scheduleSave);
    connect(header, &QHeaderView::sectionMoved, this, &HeaderLayout::scheduleSave);
    connect(header, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        fillMenu();
        m_menu->popup(m_header->viewport()->mapToGlobal(position));
    });
}

HeaderLayout::~HeaderLayout()
{
    // A resize still waiting for its timer is not lost when the window closes.
    if (m_saveTimer->isActive())
        save();
}

bool HeaderLayout::restore()
{
    const QByteArray state = QSettings().value(m_settingsKey).toByteArray();
    if (state.isEmpty() || !m_header)
        return false;
    m_restoring = true;
    const bool restored = m_header->restoreState(state) &&
                          m_header->count() > m_alwaysShownColumn &&
                          !m_header->isSectionHidden(m_alwaysShownColumn);
    m_restoring = false;
    if (!restored)
        reset();
    return restored;
}

void HeaderLayout::reset()
{
    if (!m_header)
        return;
    m_saveTimer->stop();
    QSettings().remove(m_settingsKey);
    m_restoring = true;
    for (int logical = 0; logical < m_header->count(); ++logical) {
        m_header->showSection(logical);
        const int visual = m_header->visualIndex(logical);
        if (visual != logical)
            m_header->moveSection(visual, logical);
    }
    m_restoring = false;
    emit layoutReset();
}

void HeaderLayout::fillMenu()
{
    m_menu->clear();
    const QAbstractItemModel *model = m_header->model();
    for (int logical = 0; logical < m_header->count(); ++logical) {
        const QString name =
            model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        QAction *action = m_menu->addAction(name);
        action->setObjectName(u"showColumn%1"_s.arg(logical));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(logical));
        action->setEnabled(logical != m_alwaysShownColumn);
        connect(action, &QAction::toggled, this, [this, logical](bool shown) {
            m_header->setSectionHidden(logical, !shown);
            save();
        });
    }
    m_menu->addSeparator();
    QAction *resetAction = m_menu->addAction(tr("Reset columns"));
    resetAction->setObjectName(u"resetColumns"_s);
    connect(resetAction, &QAction::triggered, this, &HeaderLayout::reset);
}

void HeaderLayout::scheduleSave()
{
    if (!m_restoring)
        m_saveTimer->start();
}

void HeaderLayout::save()
{
    m_saveTimer->stop();
    if (m_header)
        QSettings().setValue(m_settingsKey, m_header->saveState());
}
