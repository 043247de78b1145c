#pragma once

#include "core/Profile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QTextStream>
#include <memory>
#include <optional>

// What the commands that draw (chart, plan) share: a GUI application on the offscreen
// platform, and the profile they work on.
namespace OffscreenCommand {
// Before the QApplication: the offscreen platform unless one is chosen, and the warnings it
// prints about window features it lacks (none matter for an image or a PDF) silenced.
void prepare();
// The application the drawing commands run in: prepare(), then a QApplication.
std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv);
// The profile file when one is named, else the saved profile (nullopt when none is saved).
// A file that cannot be read or parsed is reported on err as "<file>: <reason>" and sets
// *failed.
std::optional<Profile> profile(QSqlDatabase database, const QString &file, QTextStream &err,
                               bool *failed);
} // namespace OffscreenCommand
