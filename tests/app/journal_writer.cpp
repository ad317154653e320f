// The child of the kill test (test_journal_recovery.cpp): opens a project, makes scenario
// `killed` active and edits it through PlanDocument exactly as the edit tools do - closures
// pushed, every fourth step an undo - until it is killed. Before each step it prints what it
// is about to do ("push <school> <year>" or "undo"), after it "ok", so the parent knows which
// edits the journal must hold.
#include "seatplan/gis/library.h"
#include "seatplan/ui/plan_document.h"
#include "seatplan/ui/project_loader.h"

#include <QApplication>

#include <cstdio>
#include <string>

using namespace seatplan;

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: journal_writer PROJECT.gpkg\n");
        return 2;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    gis::initialize();
    ui::PlanDocument document;
    int failures = 0;
    QObject::connect(&document, &ui::PlanDocument::failed, [&](const QString& message) {
        std::fprintf(stderr, "journal_writer: %s\n", qPrintable(message));
        ++failures;
    });
    document.reset(ui::loadProject(QString::fromLocal8Bit(argv[1])));
    if (!document.inputs() || !document.createScenario(QStringLiteral("killed")))
        return 1;
    document.setActiveScenario(QStringLiteral("killed"));
    const auto& schools = document.inputs()->schools;
    for (std::size_t step = 0; failures == 0; ++step) {
        if (step % 4 == 3) {
            std::printf("undo\n");
            std::fflush(stdout);
            document.undoStack()->undo();
        } else {
            const std::string& school = schools[step % schools.size()].id;
            const int year = 2026 + static_cast<int>(step % 5);
            std::printf("push %s %d\n", school.c_str(), year);
            std::fflush(stdout);
            document.pushEdit(core::ClosureEdit { school, year });
        }
        std::printf("ok\n");
        std::fflush(stdout);
        QCoreApplication::processEvents(); // results arrive as in the app
    }
    return 1;
}
