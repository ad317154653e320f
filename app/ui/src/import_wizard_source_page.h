#pragma once

#include <QWizardPage>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

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

protected:
    void changeEvent(QEvent* event) override;

private:
    void inspect();
    void retranslate();
    /// Shows `text()` under the form, and again in the new language after a language change.
    void setInfo(std::function<QString()> text);

    ImportWizard* m_wizard;
    QLineEdit* m_file;
    QComboBox* m_layer;
    QComboBox* m_role;
    QLabel* m_info;
    QPushButton* m_browse;
    std::function<QString()> m_infoText;
    QString m_kind; ///< gis::sourceKind() of the file
};

} // namespace seatplan::ui
