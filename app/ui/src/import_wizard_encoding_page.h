#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;

namespace seatplan::ui {

class ImportWizard;

/**
 * Import wizard page: the text encoding (detected, overridable) and the source CRS (the file's
 * own or a guess, shown as such; WGS84, CGCS2000, GCJ-02 and BD-09 offered). Reads the source
 * with the choices so that the detection and any error show at once.
 */
class ImportWizardEncodingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportWizardEncodingPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void apply();
    void retranslate();
    QString chosenCrs() const;

    ImportWizard* m_wizard;
    QComboBox* m_encoding;
    QComboBox* m_crs;
    QLabel* m_detected;
};

} // namespace seatplan::ui
