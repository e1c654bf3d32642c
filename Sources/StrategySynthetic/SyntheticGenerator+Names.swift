/// The named entities of a synthetic workspace, after the shipped strategy.
extension SyntheticGenerator {
    static let memberNames: [(name: Bilingual, short: Bilingual)] = [
        (.init("Общественное объединение «Институт политики развития»", "Public Association “Development Policy Institute”"),
         .init("ИПР", "DPI")),
        (.init("Союз местных самоуправлений Кыргызской Республики", "Union of Local Self-Governments of the Kyrgyz Republic"),
         .init("Союз МСУ", "ULSG")),
        (.init("Учреждение «Академия местного управления Центральной Азии»", "Institution “Academy of Local Governance of Central Asia”"),
         .init("АМУЦА", "ALGCA")),
    ]

    static let workAreaNames: [Bilingual] = [
        .init("Продвижение приоритетов местного самоуправления на национальном уровне", "Advancing local self-government priorities at the national level"),
        .init("Местные инициативы по вовлечению граждан", "Local initiatives for citizen engagement"),
        .init("Институциональное развитие, сети и партнерства", "Institutional development, networking and partnerships"),
    ]

    static let audienceNames: [(id: String, name: Bilingual, short: Bilingual)] = [
        ("aud.decision-makers", .init("Лица, принимающие решения: Жогорку Кенеш, Кабинет министров", "Decision makers: the Jogorku Kenesh, the Cabinet of Ministers"), .init("ЛПР", "Decision makers")),
        ("aud.state-agencies", .init("Государственные органы, включая ГАГСМСУ", "State agencies, including SACSLSG"), .init("Госорганы", "State agencies")),
        ("aud.lsg", .init("Органы МСУ и их сотрудники", "LSG bodies and their staff"), .init("Органы МСУ", "LSG bodies")),
        ("aud.local-keneshes", .init("Депутаты местных кенешей", "Local kenesh deputies"), .init("Местные кенеши", "Local keneshes")),
        ("aud.national-media", .init("Национальные СМИ", "National media"), .init("Нац. СМИ", "National media")),
        ("aud.regional-media", .init("Региональные СМИ", "Regional media"), .init("Рег. СМИ", "Regional media")),
        ("aud.youth-media", .init("Молодежные СМИ и молодые журналисты", "Youth media and young journalists"), .init("Молодежные СМИ", "Youth media")),
        ("aud.cso", .init("Организации гражданского общества", "Civil society organisations"), .init("ОГО", "CSOs")),
        ("aud.academia", .init("Академические круги", "Academia"), .init("Академия", "Academia")),
        ("aud.communities", .init("Местные сообщества", "Local communities"), .init("Сообщества", "Communities")),
    ]

    static let channelNames: [(id: String, kind: String, name: Bilingual, short: Bilingual)] = [
        ("ch.biannual-reports", "institutional", .init("Доклады высшим органам управления", "Reports to the highest state bodies"), .init("Доклады", "Reports")),
        ("ch.policy-materials", "publication", .init("Аналитические и адвокационные материалы", "Analytical and advocacy materials"), .init("Аналитика", "Policy papers")),
        ("ch.lsg-code", "legislative", .init("Вклад в новый Кодекс о МСУ", "Input to the new LSG Code"), .init("Кодекс о МСУ", "LSG Code")),
        ("ch.legal-review", "legislative", .init("Экспертиза законопроектов", "Expert review of draft laws"), .init("Экспертиза", "Legal review")),
        ("ch.high-level-events", "event", .init("Мероприятия высокого уровня", "High-level events"), .init("События", "Events")),
        ("ch.media-partnerships", "media", .init("Медиапартнерства", "Media partnerships"), .init("Медиа", "Media")),
        ("ch.kyrgyz-content", "media", .init("Контент на кыргызском языке", "Kyrgyz-language content"), .init("Контент на кырг.", "Kyrgyz content")),
        ("ch.expert-register", "network", .init("Реестр экспертов по МСУ", "Register of LSG experts"), .init("Реестр", "Register")),
        ("ch.portal", "digital", .init("Портал лучшей практики МСУ", "Portal of LSG best practice"), .init("Портал", "Portal")),
        ("ch.journal", "publication", .init("Журнал «Муниципалитет»", "The journal “Municipalitet”"), .init("Журнал", "Journal")),
        ("ch.training", "capacity", .init("Обучение муниципальных служащих", "Training of municipal employees"), .init("Обучение", "Training")),
        ("ch.social-media", "digital", .init("Социальные сети и мессенджеры", "Social networks and messengers"), .init("Соцсети", "Social media")),
    ]

    static let channelKinds = [
        "institutional", "publication", "legislative", "event", "network", "media", "capacity", "digital",
    ]

    static let themeNames: [(id: String, title: Bilingual, short: Bilingual)] = [
        ("th.local-services", .init("Местные услуги", "Local services"), .init("Услуги", "Services")),
        ("th.climate", .init("Адаптация к изменению климата на местном уровне", "Climate adaptation at the local level"), .init("Климат", "Climate")),
        ("th.community-priorities", .init("Приоритетные нужды местных сообществ", "Community priority needs"), .init("Приоритеты", "Priorities")),
        ("th.digital", .init("Цифровая трансформация муниципального управления", "Digital transformation of municipal management"), .init("Цифровизация", "Digital")),
    ]

    static let portalMetricNames: [(id: String, name: Bilingual, unit: Bilingual)] = [
        ("portal.audiences-informed", .init("Ключевые аудитории, получившие информацию о Портале", "Key audiences informed about the Portal"), .init("аудиторий в месяц", "audiences per month")),
        ("portal.lsg-bodies-registered", .init("Органы МСУ, зарегистрированные на Портале", "LSG bodies registered on the Portal"), .init("органов МСУ", "LSG bodies")),
        ("portal.lsg-staff-registered", .init("Сотрудники органов МСУ, зарегистрированные на Портале", "LSG staff registered on the Portal"), .init("сотрудников", "staff")),
        ("portal.client-requests-handled", .init("Обработанные обращения клиентов Портала", "Portal client requests handled"), .init("обращений в месяц", "requests per month")),
        ("portal.best-practices-found", .init("Найденные примеры лучшей практики", "Best-practice examples found"), .init("примеров в месяц", "examples per month")),
        ("portal.online-events", .init("Онлайн-мероприятия с не менее чем 10 участниками", "Online events with at least 10 participants"), .init("мероприятий", "events")),
        ("portal.national-partners-share", .init("Доля национальных партнеров в расходах Портала", "National partners’ share of the Portal’s costs"), .init("%", "%")),
        ("portal.voting-rotations", .init("Ротации пользовательского голосования", "User voting rotations"), .init("ротаций в месяц", "rotations per month")),
    ]

    static let proseSections: [(id: String, title: Bilingual)] = [
        ("introduction", .init("Введение", "Introduction")),
        ("situation", .init("Анализ ситуации", "Situation analysis")),
        ("principles", .init("Принципы", "Principles")),
        ("approach", .init("Подход", "Approach")),
        ("monitoring", .init("Мониторинг", "Monitoring")),
        ("implementation", .init("Реализация", "Implementation")),
    ]
}
