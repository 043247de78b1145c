#include "ListingPreviewCollector.h"

#include "ListingFileReader.h"

#include <QBuffer>

ListingPreviewCollector::ListingPreviewCollector(qsizetype shownLimit) : m_shownLimit(shownLimit)
{
}

ListingImportSink ListingPreviewCollector::sink()
{
    ListingImportSink sink;
    sink.accepted = [this](ImportedListing &&listing) {
        if (m_accepted.size() < m_shownLimit)
            m_accepted.append(std::move(listing));
        return true;
    };
    sink.rejected = [this](ImportRejection &&rejection) {
        if (m_rejected.size() < m_shownLimit)
            m_rejected.append(std::move(rejection));
    };
    return sink;
}

ListingImportPreview ListingPreviewCollector::finish(ListingImportPreview preview)
{
    if (preview.fileError.isEmpty()) {
        preview.accepted = std::move(m_accepted);
        preview.rejected = std::move(m_rejected);
    } else {
        preview.acceptedCount = 0;
        preview.rejectedCount = 0;
    }
    m_accepted.clear();
    m_rejected.clear();
    return preview;
}

ListingImportPreview ListingPreviewCollector::readAll(const QByteArray &bytes,
                                                      const Reading &reading)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ListingPreviewCollector collector;
    return collector.finish(ListingFileReader::read(buffer, reading, collector.sink()));
}
