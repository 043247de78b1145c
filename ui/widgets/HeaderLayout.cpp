#include "widgets/HeaderLayout.h"

#include <QAction>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

HeaderLayout::HeaderLayout(QHeaderView *header, const QString &settingsKey, int alwaysShownColumn,
                           QObject *parent)
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
    // Kept as each column's place, visibility and width rather than QHeaderView::saveState():
    // that keeps the stretching column's width in pixels too, and a window opened smaller
    // than the one it was saved in then pushed every other column out of view.
    const QJsonArray columns =
        QJsonDocument::fromJson(QSettings().value(m_settingsKey).toByteArray()).array();
    if (!m_header || columns.size() != m_header->count())
        return false;
    m_restoring = true;
    for (int logical = 0; logical < columns.size(); ++logical) {
        const QJsonObject column = columns.at(logical).toObject();
        const int visual = column.value(u"visual"_s).toInt(logical);
        if (visual >= 0 && visual < m_header->count())
            m_header->moveSection(m_header->visualIndex(logical), visual);
        m_header->setSectionHidden(logical, logical != m_alwaysShownColumn &&
                                                column.value(u"hidden"_s).toBool());
        const int width = column.value(u"width"_s).toInt();
        if (logical != m_alwaysShownColumn && width > 0)
            m_header->resizeSection(logical, width);
    }
    m_restoring = false;
    m_userLayout = true;
    return true;
}

void HeaderLayout::reset()
{
    if (!m_header)
        return;
    m_saveTimer->stop();
    QSettings().remove(m_settingsKey);
    m_userLayout = false;
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
        const QString name = model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
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

bool HeaderLayout::hasUserLayout() const
{
    return m_userLayout;
}

void HeaderLayout::scheduleSave()
{
    if (!m_restoring && !m_suspended)
        m_saveTimer->start();
}

void HeaderLayout::save()
{
    m_saveTimer->stop();
    if (!m_header)
        return;
    QJsonArray columns;
    for (int logical = 0; logical < m_header->count(); ++logical) {
        QJsonObject column{{u"visual"_s, m_header->visualIndex(logical)},
                           {u"hidden"_s, m_header->isSectionHidden(logical)}};
        if (logical != m_alwaysShownColumn && !m_header->isSectionHidden(logical))
            column.insert(u"width"_s, m_header->sectionSize(logical));
        columns.append(column);
    }
    QSettings().setValue(m_settingsKey, QJsonDocument(columns).toJson(QJsonDocument::Compact));
    m_userLayout = true;
}
