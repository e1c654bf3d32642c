/// `contract.json`: the shipped consultancy's structure (8 tasks, 26 days, 6 deliverables,
/// tranches of 30 % and 70 %), which does not grow with N.
extension SyntheticGenerator {
    private static let october = Bilingual("Октябрь", "October")
    private static let november = Bilingual("До 20 ноября", "By 20 November")
    private static let december = Bilingual("Ноябрь–декабрь", "November–December")

    private static let tasks: [(title: Bilingual, days: Int, start: String, end: String, label: Bilingual)] = [
        (.init("Ознакомление с Программой Коалиции и Планом на 2024 год", "Review of the Coalition Programme and the 2024 Plan"),
         1, "2023-10-11", "2023-10-31", october),
        (.init("Уточнение ожиданий, формата и сроков; детальный график", "Clarifying expectations, format and timing; detailed schedule"),
         2, "2023-10-11", "2023-10-31", october),
        (.init("Программа и список участников планировочной сессии", "Programme and participants of the planning session"),
         1, "2023-10-11", "2023-10-31", october),
        (.init("Фасилитация планировочной сессии", "Facilitation of the planning session"),
         2, "2023-10-11", "2023-10-31", october),
        (.init("Операционный отчет и акт оказанных услуг", "Operational report and certificate of services"),
         1, "2023-10-11", "2023-10-31", october),
        (.init("Полная версия проекта Стратегии с оценкой стоимости", "Full draft Strategy with a cost estimate"),
         10, "2023-11-01", "2023-11-20", november),
        (.init("Доработка проекта Стратегии с учетом комментариев", "Revision of the draft Strategy after comments"),
         8, "2023-11-21", "2023-12-22", december),
        (.init("Операционный отчет и акт оказанных услуг", "Operational report and certificate of services"),
         1, "2023-11-21", "2023-12-22", december),
    ]

    private static let deliverables: [(title: Bilingual, due: String, tranche: String, tasks: [String])] = [
        (.init("Детальный график выполнения работ", "Detailed schedule of work"), "2023-10-20", "T1", ["T2"]),
        (.init("Программа и список участников планировочной сессии", "Programme and participants of the planning session"),
         "2023-10-25", "T1", ["T3"]),
        (.init("Проект Стратегии Коалиции", "Draft Coalition Strategy"), "2023-11-20", "T2", ["T6"]),
        (.init("Доработанный проект Стратегии и Матрица действий", "Revised draft Strategy and Action Matrix"),
         "2023-12-15", "T2", ["T7"]),
        (.init("Операционный отчет и акты оказанных услуг", "Operational report and certificates of services"),
         "2023-12-22", "T2", ["T5", "T8"]),
        (.init("Финальные версии документов на русском и английском языках", "Final versions in Russian and English"),
         "2023-12-22", "T2", ["T7"]),
    ]

    static func contractJSON() -> String {
        let tasks: [SyntheticJSON] = Self.tasks.enumerated().map { index, task in
            .object([
                ("id", .string("T\(index + 1)")), ("number", .number(String(index + 1))),
                ("title", .text(task.title)), ("days", .number(String(task.days))),
                ("start", .string(task.start)), ("end", .string(task.end)),
                ("periodLabel", .text(task.label)),
            ])
        }
        let deliverables: [SyntheticJSON] = Self.deliverables.enumerated().map { index, deliverable in
            .object([
                ("id", .string("D\(index + 1)")), ("number", .number(String(index + 1))),
                ("title", .text(deliverable.title)), ("due", .string(deliverable.due)),
                ("tranche", .string(deliverable.tranche)),
                ("tasks", .array(deliverable.tasks.map { .string($0) })),
            ])
        }
        let root = SyntheticJSON.object([
            ("title", .text(.init(
                "Консультационные услуги по разработке Коммуникационной стратегии Коалиции",
                "Consulting services for the development of the Coalition’s Communication Strategy"))),
            ("client", .string("ipr")),
            ("period", .object([("start", .string("2023-10-11")), ("end", .string("2023-12-22"))])),
            ("total", .object([("amount", .string("390000.00")), ("currency", .string("KGS"))])),
            ("days", .number("26")),
            ("remainderTranche", .string("T2")),
            ("approver", .text(.init("Председатель Правления ИПР", "Chair of the Board of DPI"))),
            ("operationalContact", .object([
                ("name", .text(.init("Азамат Мамытов", "Azamat Mamytov"))),
                ("role", .text(.init(
                    "специалист по исполнению Программы Коалиции",
                    "Coalition Programme implementation specialist"))),
            ])),
            ("tasks", .array(tasks)),
            ("deliverables", .array(deliverables)),
            ("tranches", .array([
                .object([("id", .string("T1")), ("name", .text(.init("Начальный", "Initial"))), ("share", .string("30"))]),
                .object([("id", .string("T2")), ("name", .text(.init("Финальный", "Final"))), ("share", .string("70"))]),
            ])),
        ])
        return root.document
    }
}
