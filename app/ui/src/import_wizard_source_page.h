#pragma once

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;

namespace seatplan::ui {

class ImportWizard;

/// First page of the import wizard: the file, the layer inside it and the role it fills.
class ImportWizardSourcePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportWizardSourcePage(ImportWizard* wizard);

    void setFile(const QString& path);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void inspect();

    ImportWizard* m_wizard;
    QLineEdit* m_file;
    QComboBox* m_layer;
    QComboBox* m_role;
    QLabel* m_info;
    QString m_kind; ///< gis::sourceKind() of the file
};

} // namespace seatplan::ui
