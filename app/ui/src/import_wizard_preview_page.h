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

protected:
    void changeEvent(QEvent* event) override;

private:
    void showRows();
    void retranslate();
    /// The note under the map in the current language (from the state and the layer's extent).
    QString noteText() const;

    ImportWizard* m_wizard;
    PlanDocument* m_preview;
    MapCanvas* m_canvas;
    QTableWidget* m_rows;
    QLabel* m_note;
    bool m_outside = false; ///< the previewed layer lies outside the project area
    QString m_rowsError; ///< why the rows cannot be mapped ("" when they can)
};

} // namespace seatplan::ui
