#pragma once

// What the window tests share to drive real widgets: find one by its object name (a missing
// name stops the test at once, naming it), and type text an IME would send.
#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child named %s", qPrintable(name));
    return found;
}

// QTest::keyClicks() handles Latin-1 only; Japanese arrives as text events, as from an IME.
inline void typeAsIme(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}
