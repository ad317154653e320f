// The names, units and sources the assumptions ledger (附表 of parameters) prints for each key.
#include "seatplan/render/annex/ledger_labels.h"

#include <QtGlobal>

#include <array>
#include <utility>

namespace seatplan::render {

namespace {

    struct LedgerSource {
        const char* text;
        const char* mark;
    };

    // Sources: English text (translated in context AnnexLedger) and STANDARDS.md mark.
    constexpr LedgerSource kSrcSystem {
        QT_TRANSLATE_NOOP("AnnexLedger",
            "Compulsory Education Law art. 11; Guangdong 6+3 system, 31 August cut-off"),
        "V"
    };
    constexpr LedgerSource kSrcClass {
        QT_TRANSLATE_NOOP("AnnexLedger", "建标102-2002 art. 6; 教督〔2017〕6号"), "V"
    };
    constexpr LedgerSource kSrcRural {
        QT_TRANSLATE_NOOP("AnnexLedger", "建标109-2008 art. 8, long term"), "V"
    };
    constexpr LedgerSource kSrcBands {
        QT_TRANSLATE_NOOP("AnnexLedger",
            "Ministry of Education class-size bands: 56–65 large, 66 and more oversized"),
        "V2"
    };
    constexpr LedgerSource kSrcCap {
        QT_TRANSLATE_NOOP("AnnexLedger", "教督〔2017〕6号, government provision item 4"), "V"
    };
    constexpr LedgerSource kSrcSmall {
        QT_TRANSLATE_NOOP(
            "AnnexLedger", "国办发〔2018〕27号, rural small schools below 100 students"),
        "M/V2"
    };
    constexpr LedgerSource kSrcSizes {
        QT_TRANSLATE_NOOP(
            "AnnexLedger", "建标102-2002 / 建标109-2008 standard school sizes; 36 classes assumed"),
        "V, M"
    };
    constexpr LedgerSource kSrcLand {
        QT_TRANSLATE_NOOP(
            "AnnexLedger", "Guangdong standard for standardised compulsory schools (2013), art. 3"),
        "V"
    };
    constexpr LedgerSource kSrcRadius {
        QT_TRANSLATE_NOOP("AnnexLedger", "GB 50180 appendix A / GB 50180-2018 life circles"), "V"
    };
    constexpr LedgerSource kSrcClearance {
        QT_TRANSLATE_NOOP("AnnexLedger", "GB 50099-2011 Code for design of schools, 4.1.6"), "V"
    };
    constexpr LedgerSource kSrcThousand {
        QT_TRANSLATE_NOOP("AnnexLedger",
            "STANDARDS.md 5.1: seats per 1,000 residents = 6 or 3 cohorts × birth rate (Changle)"),
        "V"
    };
    constexpr LedgerSource kSrcBirth2021 {
        QT_TRANSLATE_NOOP("AnnexLedger", "Meizhou 2021 statistical bulletin, 8.69‰"), "V2"
    };
    constexpr LedgerSource kSrcBirth2022 {
        QT_TRANSLATE_NOOP("AnnexLedger", "Meizhou 2022 statistical bulletin, 7.34‰"), "V2"
    };
    constexpr LedgerSource kSrcFertility {
        QT_TRANSLATE_NOOP("AnnexLedger",
            "≈ Meizhou 2021 births 49,900 / women aged 15–49 (≈ 22% of 3.87 million)"),
        "C, V2, M"
    };
    constexpr LedgerSource kSrcHousehold {
        QT_TRANSLATE_NOOP(
            "AnnexLedger", "New commodity housing planned at 3.0–3.2 persons per dwelling"),
        "M"
    };
    constexpr LedgerSource kSrcDwelling {
        QT_TRANSLATE_NOOP("AnnexLedger", "Typical unit mix, 90–120 m² per dwelling"), "M"
    };
    constexpr LedgerSource kSrcQuality {
        QT_TRANSLATE_NOOP("AnnexLedger", "教督〔2017〕6号, 7 resource indicators"), "V"
    };
    constexpr LedgerSource kSrcCv { QT_TRANSLATE_NOOP("AnnexLedger",
                                        "教督〔2017〕6号, coefficients of variation 0.50 / 0.45"),
        "V" };
    constexpr LedgerSource kSrcSplit {
        QT_TRANSLATE_NOOP(
            "AnnexLedger", "Split formula of the balance coefficients, 1 : 1.1 : 1.32"),
        "V2"
    };
    constexpr LedgerSource kSrcHebei {
        QT_TRANSLATE_NOOP(
            "AnnexLedger", "Hebei rules for 优质均衡: teaching points under 50 students excluded"),
        "V"
    };
    constexpr LedgerSource kSrcWorkPlan {
        QT_TRANSLATE_NOOP("AnnexLedger", "Meizhou 2021 work plan"), "M"
    };
    constexpr LedgerSource kSrcMigrant {
        QT_TRANSLATE_NOOP("AnnexLedger", "教督〔2017〕6号 item 15: at least 85% in public schools"),
        "V"
    };
    constexpr LedgerSource kSrcResource {
        QT_TRANSLATE_NOOP("AnnexLedger",
            "Guide to resource rooms in ordinary schools (2016): 5 or more disabled students"),
        "V"
    };
    constexpr LedgerSource kSrcDisabled {
        QT_TRANSLATE_NOOP("AnnexLedger", "Meizhou target of at least 98% (national 95%)"), "V2"
    };
    constexpr LedgerSource kSrcFloorArea {
        QT_TRANSLATE_NOOP("AnnexLedger", "建标102-2002 table 4-1, 24 classes, planning indicator"),
        "V/C"
    };
    constexpr LedgerSource kSrcUnitCost {
        QT_TRANSLATE_NOOP("AnnexLedger",
            "ANNEX.md unit costs: Guangdong county schools 5,000–5,600 yuan/m² in total"),
        "V/C"
    };
    constexpr LedgerSource kSrcCostShares {
        QT_TRANSLATE_NOOP("AnnexLedger",
            "ANNEX.md: 郁南县南都学校 feasibility approval, 13,892 / 2,538 / 520 (10,000 yuan)"),
        "V/C"
    };
    constexpr LedgerSource kSrcBuildTime {
        QT_TRANSLATE_NOOP("AnnexLedger", "Typical county school construction, 2 years"), "M"
    };
    constexpr LedgerSource kSrcStaffing {
        QT_TRANSLATE_NOOP("AnnexLedger", "中央编办发〔2014〕72号 staffing standard 1:19 / 1:13.5"),
        "I"
    };
    constexpr LedgerSource kSrcAssumption {
        QT_TRANSLATE_NOOP("AnnexLedger", "SeatPlan default assumption, set per project"), "M"
    };
    constexpr LedgerSource kSrcCensus {
        QT_TRANSLATE_NOOP("AnnexLedger", "2020 census single-year ages (七普)"), "V"
    };
    constexpr LedgerSource kSrcProject { QT_TRANSLATE_NOOP("AnnexLedger", "Project settings"), "" };
    constexpr LedgerSource kSrcCutoff { QT_TRANSLATE_NOOP("AnnexLedger",
                                            "31 August cut-off: (12 − cut-off month) / 12 of the "
                                            "births of year Y−7, the rest of Y−6"),
        "C" };
    constexpr LedgerSource kSrcDisabledDemand {
        QT_TRANSLATE_NOOP("AnnexLedger",
            "Disabled children in ordinary schools are part of the cohorts and need ordinary "
            "seats; resource rooms are checked per school"),
        ""
    };
    constexpr LedgerSource kSrcAnalysis { QT_TRANSLATE_NOOP("AnnexLedger", "Analysis settings"),
        "" };
    constexpr LedgerSource kSrcInputs { QT_TRANSLATE_NOOP("AnnexLedger", "Project data"), "" };
    constexpr LedgerSource kSrcHistory {
        QT_TRANSLATE_NOOP("AnnexLedger", "Enrolment history (education statistics)"), ""
    };
    constexpr LedgerSource kSrcSeatsUsed {
        QT_TRANSLATE_NOOP("AnnexLedger",
            "Project override, or cohorts × birth rate × adjustment (STANDARDS.md 5.1)"),
        "C"
    };
    constexpr LedgerSource kSrcScenario {
        QT_TRANSLATE_NOOP("AnnexLedger", "%1 edits on parent scenario %2"), ""
    };
    constexpr LedgerSource kSrcPrinted {
        QT_TRANSLATE_NOOP("AnnexLedger", "Variant printed in this annex"), ""
    };

    const std::array<LedgerLabel, 107> kLabels { {
        { "scenario", QT_TRANSLATE_NOOP("AnnexLedger", "Scenario"), "", kSrcScenario.text,
            kSrcScenario.mark },
        { "projection.base_year", QT_TRANSLATE_NOOP("AnnexLedger", "Base year of the projection"),
            QT_TRANSLATE_NOOP("AnnexLedger", "year"), kSrcCensus.text, kSrcCensus.mark },
        { "projection.last_year", QT_TRANSLATE_NOOP("AnnexLedger", "Last projected year"),
            QT_TRANSLATE_NOOP("AnnexLedger", "year"), kSrcProject.text, kSrcProject.mark },
        { "projection.entry_share_older_births",
            QT_TRANSLATE_NOOP("AnnexLedger", "Grade-1 entrants born seven years before entry"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share of grade-1 entrants"), kSrcCutoff.text,
            kSrcCutoff.mark },
        { "demand.disabled_children",
            QT_TRANSLATE_NOOP("AnnexLedger", "Disabled children in ordinary schools (随班就读)"),
            "", kSrcDisabledDemand.text, kSrcDisabledDemand.mark },
        { "projection.variants", QT_TRANSLATE_NOOP("AnnexLedger", "Projection variants analysed"),
            "", kSrcAnalysis.text, kSrcAnalysis.mark },
        { "inputs.zones", QT_TRANSLATE_NOOP("AnnexLedger", "Planning zones"),
            QT_TRANSLATE_NOOP("AnnexLedger", "zones"), kSrcInputs.text, kSrcInputs.mark },
        { "inputs.schools", QT_TRANSLATE_NOOP("AnnexLedger", "Schools in the scenario"),
            QT_TRANSLATE_NOOP("AnnexLedger", "schools"), kSrcInputs.text, kSrcInputs.mark },
        { "inputs.catchments", QT_TRANSLATE_NOOP("AnnexLedger", "Catchments in the scenario"),
            QT_TRANSLATE_NOOP("AnnexLedger", "zones"), kSrcInputs.text, kSrcInputs.mark },
        { "inputs.births", QT_TRANSLATE_NOOP("AnnexLedger", "Birth records"),
            QT_TRANSLATE_NOOP("AnnexLedger", "records (area × year)"), kSrcInputs.text,
            kSrcInputs.mark },
        { "inputs.enrolment", QT_TRANSLATE_NOOP("AnnexLedger", "Enrolment records"),
            QT_TRANSLATE_NOOP("AnnexLedger", "records (school × year × grade)"), kSrcInputs.text,
            kSrcInputs.mark },
        { "projection.progression_ratios.",
            QT_TRANSLATE_NOOP("AnnexLedger", "Grade progression ratios, %1"),
            QT_TRANSLATE_NOOP("AnnexLedger", "grade g → g+1 (- = net migration used)"),
            kSrcHistory.text, kSrcHistory.mark },
        { "development.seats_per_1000_used.primary",
            QT_TRANSLATE_NOOP("AnnexLedger", "Seats per 1,000 residents used, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "seats per 1,000 residents"), kSrcSeatsUsed.text,
            kSrcSeatsUsed.mark },
        { "development.seats_per_1000_used.junior",
            QT_TRANSLATE_NOOP("AnnexLedger", "Seats per 1,000 residents used, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "seats per 1,000 residents"), kSrcSeatsUsed.text,
            kSrcSeatsUsed.mark },
        { "annex.variant", QT_TRANSLATE_NOOP("AnnexLedger", "Projection variant"), "",
            kSrcPrinted.text, kSrcPrinted.mark },
        { "annex.funding_source",
            QT_TRANSLATE_NOOP("AnnexLedger", "Funding source of the projects"), "",
            kSrcProject.text, kSrcProject.mark },
        { "annex.responsible_unit",
            QT_TRANSLATE_NOOP("AnnexLedger", "Responsible unit of the projects"), "",
            kSrcProject.text, kSrcProject.mark },
        { "system.entry_age", QT_TRANSLATE_NOOP("AnnexLedger", "School entry age"),
            QT_TRANSLATE_NOOP("AnnexLedger", "years"), kSrcSystem.text, kSrcSystem.mark },
        { "system.primary_grades", QT_TRANSLATE_NOOP("AnnexLedger", "Primary grades"),
            QT_TRANSLATE_NOOP("AnnexLedger", "grades"), kSrcSystem.text, kSrcSystem.mark },
        { "system.junior_grades", QT_TRANSLATE_NOOP("AnnexLedger", "Junior secondary grades"),
            QT_TRANSLATE_NOOP("AnnexLedger", "grades"), kSrcSystem.text, kSrcSystem.mark },
        { "system.cutoff_month", QT_TRANSLATE_NOOP("AnnexLedger", "Enrolment cut-off month"),
            QT_TRANSLATE_NOOP("AnnexLedger", "month (1–12)"), kSrcSystem.text, kSrcSystem.mark },
        { "class_size.primary", QT_TRANSLATE_NOOP("AnnexLedger", "Standard class size, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students per class"), kSrcClass.text,
            kSrcClass.mark },
        { "class_size.rural_long_term.primary",
            QT_TRANSLATE_NOOP("AnnexLedger", "Rural class size in the long term, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students per class"), kSrcRural.text,
            kSrcRural.mark },
        { "class_size.junior",
            QT_TRANSLATE_NOOP("AnnexLedger", "Standard class size, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students per class"), kSrcClass.text,
            kSrcClass.mark },
        { "class_size.rural_long_term.junior",
            QT_TRANSLATE_NOOP("AnnexLedger", "Rural class size in the long term, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students per class"), kSrcRural.text,
            kSrcRural.mark },
        { "class_size.use_rural_long_term",
            QT_TRANSLATE_NOOP("AnnexLedger", "Use the rural long-term class sizes"),
            QT_TRANSLATE_NOOP("AnnexLedger", "0 = no, 1 = yes"), kSrcRural.text, kSrcRural.mark },
        { "class_size.large", QT_TRANSLATE_NOOP("AnnexLedger", "Large class: from"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students"), kSrcBands.text, kSrcBands.mark },
        { "class_size.oversized", QT_TRANSLATE_NOOP("AnnexLedger", "Oversized class: from"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students"), kSrcBands.text, kSrcBands.mark },
        { "school_cap.primary", QT_TRANSLATE_NOOP("AnnexLedger", "Maximum school size, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students"), kSrcCap.text, kSrcCap.mark },
        { "school_cap.junior",
            QT_TRANSLATE_NOOP("AnnexLedger", "Maximum school size, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students"), kSrcCap.text, kSrcCap.mark },
        { "school_cap.nine_year",
            QT_TRANSLATE_NOOP("AnnexLedger", "Maximum school size, nine-year school"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students"), kSrcCap.text, kSrcCap.mark },
        { "school_cap.twelve_year",
            QT_TRANSLATE_NOOP("AnnexLedger", "Maximum school size, twelve-year school"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students"), kSrcCap.text, kSrcCap.mark },
        { "school.rural_small_below",
            QT_TRANSLATE_NOOP("AnnexLedger", "Small rural school: fewer than"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students"), kSrcSmall.text, kSrcSmall.mark },
        { "school.max_classes", QT_TRANSLATE_NOOP("AnnexLedger", "Maximum classes per school"),
            QT_TRANSLATE_NOOP("AnnexLedger", "classes"), kSrcSizes.text, kSrcSizes.mark },
        { "school_sizes.primary",
            QT_TRANSLATE_NOOP("AnnexLedger", "Standard school sizes, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "classes"), kSrcSizes.text, kSrcSizes.mark },
        { "school_sizes.junior",
            QT_TRANSLATE_NOOP("AnnexLedger", "Standard school sizes, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "classes"), kSrcSizes.text, kSrcSizes.mark },
        { "school_sizes.nine_year",
            QT_TRANSLATE_NOOP("AnnexLedger", "Standard school sizes, nine-year school"),
            QT_TRANSLATE_NOOP("AnnexLedger", "classes"), kSrcSizes.text, kSrcSizes.mark },
        { "land.per_student.primary",
            QT_TRANSLATE_NOOP("AnnexLedger", "Site area per student, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per student"), kSrcLand.text, kSrcLand.mark },
        { "land.per_student_city_centre.primary",
            QT_TRANSLATE_NOOP("AnnexLedger", "Site area per student in the city centre, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per student"), kSrcLand.text, kSrcLand.mark },
        { "service_radius.primary", QT_TRANSLATE_NOOP("AnnexLedger", "Service radius, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m"), kSrcRadius.text, kSrcRadius.mark },
        { "land.per_student.junior",
            QT_TRANSLATE_NOOP("AnnexLedger", "Site area per student, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per student"), kSrcLand.text, kSrcLand.mark },
        { "land.per_student_city_centre.junior",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Site area per student in the city centre, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per student"), kSrcLand.text, kSrcLand.mark },
        { "service_radius.junior",
            QT_TRANSLATE_NOOP("AnnexLedger", "Service radius, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m"), kSrcRadius.text, kSrcRadius.mark },
        { "siting.railway_clearance", QT_TRANSLATE_NOOP("AnnexLedger", "Distance from railways"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m"), kSrcClearance.text, kSrcClearance.mark },
        { "siting.arterial_clearance",
            QT_TRANSLATE_NOOP("AnnexLedger", "Distance from arterial roads"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m"), kSrcClearance.text, kSrcClearance.mark },
        { "development.birth_rate_per_mille",
            QT_TRANSLATE_NOOP("AnnexLedger", "Birth rate for residential projects"),
            QT_TRANSLATE_NOOP("AnnexLedger", "per mille"), kSrcBirth2021.text, kSrcBirth2021.mark },
        { "development.cohorts.primary",
            QT_TRANSLATE_NOOP("AnnexLedger", "Age cohorts in the 1,000-resident index, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "single-year cohorts"), kSrcThousand.text,
            kSrcThousand.mark },
        { "development.seats_per_1000.primary",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Seats per 1,000 residents set by the project, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "seats per 1,000 residents (0 = derived)"),
            kSrcAssumption.text, kSrcAssumption.mark },
        { "development.cohorts.junior",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Age cohorts in the 1,000-resident index, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "single-year cohorts"), kSrcThousand.text,
            kSrcThousand.mark },
        { "development.seats_per_1000.junior",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Seats per 1,000 residents set by the project, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "seats per 1,000 residents (0 = derived)"),
            kSrcAssumption.text, kSrcAssumption.mark },
        { "development.adjustment",
            QT_TRANSLATE_NOOP("AnnexLedger", "Adjustment of the 1,000-resident index"),
            QT_TRANSLATE_NOOP("AnnexLedger", "factor"), kSrcThousand.text, kSrcThousand.mark },
        { "development.persons_per_household",
            QT_TRANSLATE_NOOP("AnnexLedger", "Persons per dwelling"),
            QT_TRANSLATE_NOOP("AnnexLedger", "persons per dwelling"), kSrcHousehold.text,
            kSrcHousehold.mark },
        { "development.floor_area_per_dwelling",
            QT_TRANSLATE_NOOP("AnnexLedger", "Floor area per dwelling"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per dwelling"), kSrcDwelling.text,
            kSrcDwelling.mark },
        { "demand.enrolment_rate", QT_TRANSLATE_NOOP("AnnexLedger", "Enrolment rate"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcWorkPlan.text, kSrcWorkPlan.mark },
        { "demand.migrant_public_share",
            QT_TRANSLATE_NOOP("AnnexLedger", "Migrant children in public schools"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcMigrant.text, kSrcMigrant.mark },
        { "demand.private_share", QT_TRANSLATE_NOOP("AnnexLedger", "Pupils in private schools"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcAssumption.text,
            kSrcAssumption.mark },
        { "demand.migrant_share", QT_TRANSLATE_NOOP("AnnexLedger", "Migrant children among pupils"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcAssumption.text,
            kSrcAssumption.mark },
        { "projection.birth_rate_per_mille.low",
            QT_TRANSLATE_NOOP("AnnexLedger", "Crude birth rate, low variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "per mille"), kSrcBirth2022.text, kSrcBirth2022.mark },
        { "projection.general_fertility_per_mille.low",
            QT_TRANSLATE_NOOP("AnnexLedger", "General fertility rate, low variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "births per 1,000 women aged 15–49"),
            kSrcFertility.text, kSrcFertility.mark },
        { "projection.net_migration_rate.low",
            QT_TRANSLATE_NOOP("AnnexLedger", "Net migration rate, low variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share per year"), kSrcAssumption.text,
            kSrcAssumption.mark },
        { "projection.urbanisation_shift.low",
            QT_TRANSLATE_NOOP("AnnexLedger", "Urbanisation shift, low variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share per year"), kSrcAssumption.text,
            kSrcAssumption.mark },
        { "projection.birth_rate_per_mille.medium",
            QT_TRANSLATE_NOOP("AnnexLedger", "Crude birth rate, medium variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "per mille"), kSrcBirth2021.text, kSrcBirth2021.mark },
        { "projection.general_fertility_per_mille.medium",
            QT_TRANSLATE_NOOP("AnnexLedger", "General fertility rate, medium variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "births per 1,000 women aged 15–49"),
            kSrcFertility.text, kSrcFertility.mark },
        { "projection.net_migration_rate.medium",
            QT_TRANSLATE_NOOP("AnnexLedger", "Net migration rate, medium variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share per year"), kSrcAssumption.text,
            kSrcAssumption.mark },
        { "projection.urbanisation_shift.medium",
            QT_TRANSLATE_NOOP("AnnexLedger", "Urbanisation shift, medium variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share per year"), kSrcAssumption.text,
            kSrcAssumption.mark },
        { "projection.birth_rate_per_mille.high",
            QT_TRANSLATE_NOOP("AnnexLedger", "Crude birth rate, high variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "per mille"), kSrcAssumption.text,
            kSrcAssumption.mark },
        { "projection.general_fertility_per_mille.high",
            QT_TRANSLATE_NOOP("AnnexLedger", "General fertility rate, high variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "births per 1,000 women aged 15–49"),
            kSrcFertility.text, kSrcFertility.mark },
        { "projection.net_migration_rate.high",
            QT_TRANSLATE_NOOP("AnnexLedger", "Net migration rate, high variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share per year"), kSrcAssumption.text,
            kSrcAssumption.mark },
        { "projection.urbanisation_shift.high",
            QT_TRANSLATE_NOOP("AnnexLedger", "Urbanisation shift, high variant"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share per year"), kSrcAssumption.text,
            kSrcAssumption.mark },
        { "quality.threshold.qualified_teachers.primary",
            QT_TRANSLATE_NOOP("AnnexLedger",
                "Quality-balance threshold: teachers above the required degree, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "teachers per 100 students"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.qualified_teachers.junior",
            QT_TRANSLATE_NOOP("AnnexLedger",
                "Quality-balance threshold: teachers above the required degree, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "teachers per 100 students"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.key_teachers.primary",
            QT_TRANSLATE_NOOP("AnnexLedger",
                "Quality-balance threshold: county-level or higher key teachers, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "teachers per 100 students"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.key_teachers.junior",
            QT_TRANSLATE_NOOP("AnnexLedger",
                "Quality-balance threshold: county-level or higher key teachers, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "teachers per 100 students"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.art_pe_teachers.primary",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Quality-balance threshold: PE and art teachers, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "teachers per 100 students"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.art_pe_teachers.junior",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Quality-balance threshold: PE and art teachers, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "teachers per 100 students"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.teaching_area.primary",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Quality-balance threshold: teaching and auxiliary rooms, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per student"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.teaching_area.junior",
            QT_TRANSLATE_NOOP("AnnexLedger",
                "Quality-balance threshold: teaching and auxiliary rooms, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per student"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.sports_area.primary",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Quality-balance threshold: sports grounds and halls, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per student"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.sports_area.junior",
            QT_TRANSLATE_NOOP("AnnexLedger",
                "Quality-balance threshold: sports grounds and halls, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per student"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.equipment_value.primary",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Quality-balance threshold: teaching equipment, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "yuan per student"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.equipment_value.junior",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Quality-balance threshold: teaching equipment, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "yuan per student"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.multimedia_rooms.primary",
            QT_TRANSLATE_NOOP("AnnexLedger",
                "Quality-balance threshold: networked multimedia classrooms, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "rooms per 100 students"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.threshold.multimedia_rooms.junior",
            QT_TRANSLATE_NOOP("AnnexLedger",
                "Quality-balance threshold: networked multimedia classrooms, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "rooms per 100 students"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.min_met", QT_TRANSLATE_NOOP("AnnexLedger", "Indicators a school must meet"),
            QT_TRANSLATE_NOOP("AnnexLedger", "indicators"), kSrcQuality.text, kSrcQuality.mark },
        { "quality.min_ratio", QT_TRANSLATE_NOOP("AnnexLedger", "Minimum of each indicator"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share of the threshold"), kSrcQuality.text,
            kSrcQuality.mark },
        { "quality.cv_limit.primary",
            QT_TRANSLATE_NOOP("AnnexLedger", "Limit of the coefficient of variation, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "coefficient of variation"), kSrcCv.text,
            kSrcCv.mark },
        { "quality.cv_limit.junior",
            QT_TRANSLATE_NOOP(
                "AnnexLedger", "Limit of the coefficient of variation, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "coefficient of variation"), kSrcCv.text,
            kSrcCv.mark },
        { "quality.split.junior_weight",
            QT_TRANSLATE_NOOP("AnnexLedger", "Weight of junior grades in through schools"),
            QT_TRANSLATE_NOOP("AnnexLedger", "weight (primary = 1)"), kSrcSplit.text,
            kSrcSplit.mark },
        { "quality.split.senior_weight",
            QT_TRANSLATE_NOOP("AnnexLedger", "Weight of senior grades in through schools"),
            QT_TRANSLATE_NOOP("AnnexLedger", "weight (primary = 1)"), kSrcSplit.text,
            kSrcSplit.mark },
        { "quality.teaching_point_min_students",
            QT_TRANSLATE_NOOP("AnnexLedger", "Teaching points excluded below"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students"), kSrcHebei.text, kSrcHebei.mark },
        { "workplan.enrolment_rate", QT_TRANSLATE_NOOP("AnnexLedger", "Target enrolment rate"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcWorkPlan.text, kSrcWorkPlan.mark },
        { "workplan.consolidation_rate",
            QT_TRANSLATE_NOOP("AnnexLedger", "Target completion rate (巩固率)"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcWorkPlan.text, kSrcWorkPlan.mark },
        { "workplan.migrant_public_share",
            QT_TRANSLATE_NOOP("AnnexLedger", "Target share of migrant children in public schools"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcMigrant.text, kSrcMigrant.mark },
        { "workplan.disabled_enrolment",
            QT_TRANSLATE_NOOP("AnnexLedger", "Target enrolment rate of disabled children"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcDisabled.text, kSrcDisabled.mark },
        { "workplan.resource_room_min_disabled",
            QT_TRANSLATE_NOOP("AnnexLedger", "Resource room required from"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students"), kSrcResource.text, kSrcResource.mark },
        { "workplan.boarding_schools_per_town",
            QT_TRANSLATE_NOOP("AnnexLedger", "Boarding schools per town"),
            QT_TRANSLATE_NOOP("AnnexLedger", "schools"), kSrcWorkPlan.text, kSrcWorkPlan.mark },
        { "workplan.edu_groups_per_county",
            QT_TRANSLATE_NOOP("AnnexLedger", "Education groups per county"),
            QT_TRANSLATE_NOOP("AnnexLedger", "groups"), kSrcWorkPlan.text, kSrcWorkPlan.mark },
        { "workplan.target_year", QT_TRANSLATE_NOOP("AnnexLedger", "Target year of the work plan"),
            QT_TRANSLATE_NOOP("AnnexLedger", "year"), kSrcWorkPlan.text, kSrcWorkPlan.mark },
        { "construction.floor_area_per_student.primary",
            QT_TRANSLATE_NOOP("AnnexLedger", "Floor area per student, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per student"), kSrcFloorArea.text,
            kSrcFloorArea.mark },
        { "construction.floor_area_per_student.junior",
            QT_TRANSLATE_NOOP("AnnexLedger", "Floor area per student, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "m² per student"), kSrcFloorArea.text,
            kSrcFloorArea.mark },
        { "construction.unit_cost_yuan_per_m2",
            QT_TRANSLATE_NOOP("AnnexLedger", "Construction cost per m² of floor area"),
            QT_TRANSLATE_NOOP("AnnexLedger", "yuan per m²"), kSrcUnitCost.text, kSrcUnitCost.mark },
        { "construction.cost_share.works",
            QT_TRANSLATE_NOOP("AnnexLedger", "Share of works cost (工程费)"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcCostShares.text,
            kSrcCostShares.mark },
        { "construction.cost_share.other",
            QT_TRANSLATE_NOOP("AnnexLedger", "Share of other costs (其他费用)"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcCostShares.text,
            kSrcCostShares.mark },
        { "construction.cost_share.contingency",
            QT_TRANSLATE_NOOP("AnnexLedger", "Share of contingency (预备费)"),
            QT_TRANSLATE_NOOP("AnnexLedger", "share (0–1)"), kSrcCostShares.text,
            kSrcCostShares.mark },
        { "construction.duration_years", QT_TRANSLATE_NOOP("AnnexLedger", "Construction period"),
            QT_TRANSLATE_NOOP("AnnexLedger", "years"), kSrcBuildTime.text, kSrcBuildTime.mark },
        { "staffing.students_per_teacher.primary",
            QT_TRANSLATE_NOOP("AnnexLedger", "Students per teacher, primary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students per teacher"), kSrcStaffing.text,
            kSrcStaffing.mark },
        { "staffing.students_per_teacher.junior",
            QT_TRANSLATE_NOOP("AnnexLedger", "Students per teacher, junior secondary"),
            QT_TRANSLATE_NOOP("AnnexLedger", "students per teacher"), kSrcStaffing.text,
            kSrcStaffing.mark },
    } };

    /// Ledger values that are words, not numbers.
    const std::array<std::pair<const char*, const char*>, 4> kValueWords { {
        { "counted", QT_TRANSLATE_NOOP("AnnexLedger", "Counted") },
        { "low", QT_TRANSLATE_NOOP("AnnexLedger", "Low") },
        { "medium", QT_TRANSLATE_NOOP("AnnexLedger", "Medium") },
        { "high", QT_TRANSLATE_NOOP("AnnexLedger", "High") },
    } };

} // namespace

const LedgerLabel* findLedgerLabel(std::string_view key)
{
    const LedgerLabel* best = nullptr;
    std::size_t bestLength = 0;
    for (const auto& label : kLabels) {
        const std::string_view candidate(label.key);
        if (candidate == key)
            return &label;
        const bool prefix = !candidate.empty() && candidate.back() == '.'
            && key.size() > candidate.size() && key.substr(0, candidate.size()) == candidate;
        if (prefix && candidate.size() > bestLength) {
            best = &label;
            bestLength = candidate.size();
        }
    }
    return best;
}

const char* ledgerValueWord(std::string_view value)
{
    for (const auto& [word, source] : kValueWords)
        if (value == word)
            return source;
    return nullptr;
}

} // namespace seatplan::render
