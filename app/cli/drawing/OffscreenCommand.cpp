#include "OffscreenCommand.h"

#include "core/ProfileJson.h"
#include "storage/ProfileStore.h"

#include <QApplication>
#include <QFile>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace OffscreenCommand {

namespace {
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext &context,
                            const QString &message)
{
    if (message.contains(u"does not support"_s) || message.contains(u"XDG_RUNTIME_DIR"_s))
        return;
    const QByteArray local = qFormatLogMessage(type, context, message).toLocal8Bit();
    std::fprintf(stderr, "%s\n", local.constData());
}
} // namespace

void prepare()
{
    qInstallMessageHandler(quietOffscreenWarnings);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
}

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    prepare();
    return std::make_unique<QApplication>(argc, argv);
}

std::optional<Profile> profile(QSqlDatabase database, const QString &file, QTextStream &err,
                               bool *failed)
{
    *failed = false;
    if (file.isEmpty())
        return ProfileStore(database).latest();
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        err << QCoreApplication::translate("OffscreenCommand", "%1: cannot read: %2")
                   .arg(input.fileName(), input.errorString())
            << u'\n';
        *failed = true;
        return std::nullopt;
    }
    QString error;
    auto loaded = ProfileJson::fromBytes(input.readAll(), &error);
    if (!loaded) {
        err << input.fileName() << u": "_s << error << u'\n';
        *failed = true;
    }
    return loaded;
}

} // namespace OffscreenCommand
