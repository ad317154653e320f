#pragma once

#include "seatplan/gis/importer.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace seatplan::ui {

/**
 * What the import wizard's pages have chosen so far, and the source as read with those choices
 * (cached, re-read when the file, layer, encoding or CRS change). GUI thread only.
 */
struct ImportWizardState {
    QString projectPath;
    QString projectCrs;
    QString sourcePath;
    bool raster = false; ///< the source is a raster (the population role)
    gis::ImportOptions options;

    /// The source layer in the project CRS (tables: untransformed), or null before read().
    std::shared_ptr<const gis::VectorLayer> sample;
    gis::ImportReport sampleReport; ///< what readSource() did (encoding, CRS guess, ...)
    QString readError; ///< why the last read() failed

    /// Reads the source with the current options unless the last read used the same ones.
    /// Returns false (and sets readError) when it cannot be read.
    bool read();
    /// Returns the role's target fields and the source column auto-mapped to each ("" none).
    QList<QPair<QString, QString>> autoMapping() const;
    /// Returns the source's column names.
    QStringList sourceColumns() const;
    /// Returns the sample mapped with the current options (for the preview).
    gis::VectorLayer mapped(gis::ImportReport& report) const;

private:
    QString m_readKey;
};

} // namespace seatplan::ui
