#pragma once

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace seatplan::ui {

class ImportWizard;

/**
 * Import wizard page: which source column fills each project field. Auto-filled with the
 * importer's mapping (Chinese and English names), editable with a combo box per field; the
 * fields left empty and the source columns kept under their own names are listed.
 */
class ImportWizardFieldsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportWizardFieldsPage(ImportWizard* wizard);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateSummary();
    void retranslate();

    ImportWizard* m_wizard;
    QTableWidget* m_table;
    QLabel* m_summary;
};

} // namespace seatplan::ui
