#pragma once

#include "seatplan/gis/field_mapping.h"
#include "seatplan/ui/import_task.h"

#include <QWizard>

#include <memory>

namespace seatplan::ui {

class PlanDocument;
struct ImportWizardState;

/**
 * The import wizard (File -> Import layer..., or files dropped on the window): source file and
 * layer role -> encoding and CRS (the detected values shown, marked when guessed; GCJ-02/BD-09
 * correction) -> field mapping (auto-filled, editable) -> preview over the project in the
 * project CRS -> import on a worker thread with progress and cancel -> the importer's report.
 * Imports with gis::importFile() into the file of `document` (the CLI `import` path) and emits
 * imported() when a layer or table was replaced, so that the window reloads the project.
 *
 * GUI thread only. The document must stay open while the wizard runs.
 */
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { SourcePage, EncodingPage, FieldsPage, PreviewPage, RunPage };

    explicit ImportWizard(const PlanDocument* document, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Starts with `path` chosen on the first page (a dropped file).
    void setSourceFile(const QString& path);
    /// Returns the planner's name of `role` ("学校", "县（区）界", ...).
    static QString roleLabel(gis::ImportRole role);

    const PlanDocument* document() const { return m_document; }
    ImportWizardState& state() { return *m_state; }

signals:
    /// The import replaced the project layer or table `target` (e.g. "schools").
    void imported(const QString& target);
    /// The import on the last page ended (after imported() when it succeeded).
    void importEnded(seatplan::ui::ImportStatus status);

public slots:
    /// Cancels a running import (the wizard closes when it has stopped), else closes.
    void reject() override;

protected:
    /// Retranslates the wizard (title, buttons) when the language changes, like the window.
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    const PlanDocument* m_document;
    std::unique_ptr<ImportWizardState> m_state;
};

} // namespace seatplan::ui
