#pragma once

#include "seatplan/render/annex/annex_composer.h"
#include "seatplan/render/annex/project_annex.h"

#include <QDialog>

#include <string>
#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QListWidget;
class QSpinBox;

namespace seatplan::ui {

/// What File -> Print annex prints: the request of render::ProjectAnnex and the paper.
struct AnnexPrintOptions {
    render::ProjectAnnexRequest request; ///< language, years, counties, town maps
    render::AnnexPaper paper = render::AnnexPaper::A4;
};

/**
 * The small dialog File -> Print annex shows before the print preview: the annex language
 * (中文, the language of official annexes, or English), the plan period, the counties (all
 * ticked by default; none ticked = all), A4 or A3 landscape and per-town map pages. The same
 * choices as `seatplan-cli annex`. GUI thread.
 */
class AnnexOptionsDialog : public QDialog {
    Q_OBJECT
public:
    /// `counties` lists (code, name) of the project's counties, in project order.
    explicit AnnexOptionsDialog(
        const std::vector<std::pair<std::string, QString>>& counties, QWidget* parent = nullptr);

    /// Returns the choices made (scenario and date are left for the caller).
    AnnexPrintOptions options() const;

private:
    QComboBox* m_language = nullptr;
    QSpinBox* m_firstYear = nullptr;
    QSpinBox* m_lastYear = nullptr;
    QListWidget* m_counties = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_townMaps = nullptr;
};

} // namespace seatplan::ui
