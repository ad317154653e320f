#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace seatplan::ui {

class ImportWizard;
class MapCanvas;
class PlanDocument;

/**
 * Import wizard page: the source's geometry, transformed to the project CRS, drawn over the
 * project's layers (a small map of its own), and the first rows as they will be stored. Says
 * so when the layer lies outside the project area (a wrong CRS).
 */
class ImportWizardPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportWizardPreviewPage(ImportWizard* wizard);

    void initializePage() override;
    int nextId() const override;

    /// The preview's map (for tests).
    MapCanvas* canvas() const { return m_canvas; }

private:
    void showRows();

    ImportWizard* m_wizard;
    PlanDocument* m_preview;
    MapCanvas* m_canvas;
    QTableWidget* m_rows;
    QLabel* m_note;
};

} // namespace seatplan::ui
