#include "seatplan/ui/main_window.h"

#include "seatplan/core/version.h"

#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace seatplan::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("SeatPlan"));
    auto* placeholder = new QLabel(tr("Open a project to see its map."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

bool MainWindow::openProject(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("Open project"), tr("The project file %1 does not exist.").arg(path));
        return false;
    }
    setWindowTitle(tr("%1 - SeatPlan").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open..."), QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open project"), QString(), tr("SeatPlan projects (*.gpkg)"));
        if (!path.isEmpty())
            openProject(path);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SeatPlan"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SeatPlan"),
        tr("<h3>SeatPlan %1</h3><p>Planning compulsory-education school seats and school "
           "sites.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
            .arg(QString::fromLatin1(core::version())));
}

} // namespace seatplan::ui
