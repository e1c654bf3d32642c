/// The vocabulary synthetic workspaces are written in: phrases about local self-government in
/// Kyrgyzstan, in Russian and English, combined by the seeded generator.
///
/// Some phrases carry the characters every output format must escape: straight quotes, commas,
/// `|`, `*`, `<`, `>` and `#`.
enum SyntheticText {
    static let activities: [Bilingual] = [
        .init("Подготовить аналитическую записку", "Prepare a policy brief"),
        .init("Провести круглый стол", "Hold a round table"),
        .init("Организовать онлайн-семинар", "Organise an online seminar"),
        .init("Опубликовать серию материалов", "Publish a series of articles"),
        .init("Подготовить экспертное заключение на законопроект", "Prepare an expert opinion on a draft law"),
        .init("Провести обучение", "Run training"),
        .init("Запустить рубрику на Портале", "Launch a Portal column"),
        .init("Выпустить тематический номер журнала «Муниципалитет»", "Publish a themed issue of the journal “Municipalitet”"),
        .init("Организовать пресс-тур", "Organise a press tour"),
        .init("Подготовить полугодовой доклад", "Prepare a biannual report"),
        .init("Провести конкурс лучшей практики", "Run a best-practice contest"),
        .init("Снять короткий видеоролик", "Produce a short video"),
        .init("Провести публичные слушания", "Hold public hearings"),
        .init("Обновить реестр экспертов по МСУ", "Update the register of LSG experts"),
        .init("Подготовить инфографику", "Prepare infographics"),
        .init("Провести встречу с депутатами Жогорку Кенеша", "Hold a meeting with members of the Jogorku Kenesh"),
    ]

    static let topics: [Bilingual] = [
        .init(" о местных услугах", " on local services"),
        .init(" по адаптации к изменению климата на местном уровне", " on climate adaptation at the local level"),
        .init(" о приоритетных нуждах местных сообществ", " on the priority needs of local communities"),
        .init(" о цифровой трансформации муниципального управления", " on the digital transformation of municipal management"),
        .init(" о местных бюджетах и трансфертах", " on local budgets and transfers"),
        .init(" о новом Кодексе о МСУ", " on the new LSG Code"),
        .init(" о питьевой воде и благоустройстве", " on drinking water and public amenities"),
        .init(" о разграничении полномочий", " on the division of powers"),
    ]

    static let recipients: [Bilingual] = [
        .init(" для глав айыл окмоту", " for heads of aiyl okmotu"),
        .init(" для депутатов местных кенешей", " for local kenesh deputies"),
        .init(" для молодых журналистов", " for young journalists"),
        .init(" для региональных СМИ", " for regional media"),
        .init(" для партнеров по развитию", " for development partners"),
        .init(" для сотрудников органов МСУ", " for LSG staff"),
        .init(" для организаций гражданского общества", " for civil society organisations"),
    ]

    static let places: [Bilingual] = [
        .init(" в Чуйской области", " in Chui oblast"),
        .init(" в Ошской области", " in Osh oblast"),
        .init(" в Нарынской области", " in Naryn oblast"),
        .init(" в Иссык-Кульской области", " in Issyk-Kul oblast"),
        .init(" в Джалал-Абадской области", " in Jalal-Abad oblast"),
        .init(" в Баткенской области", " in Batken oblast"),
        .init(" в Таласской области", " in Talas oblast"),
        .init(" в г. Бишкек", " in Bishkek"),
    ]

    /// Endings with characters that need escaping in Markdown, HTML, CSV and JSON.
    static let awkward: [Bilingual] = [
        .init(", этап 1 | 2", ", phase 1 | 2"),
        .init(" (не менее 10 участников, < 2 часов)", " (at least 10 participants, < 2 hours)"),
        .init(" – \"пилот\"*", " – \"pilot\"*"),
        .init(" по методике \"5 шагов\", с модерацией", " using the \"5 steps\" method, moderated"),
        .init(", формат <онлайн> & офлайн", ", <online> & offline format"),
        .init(" #МСУ_КР", " #LSG_KG"),
    ]

    static let details: [Bilingual] = [
        .init("Материалы готовятся на основе данных Портала и обращений органов МСУ", "The materials draw on Portal data and requests from LSG bodies"),
        .init("позиция согласуется всеми членами Коалиции до публикации", "the position is agreed by all Coalition members before publication"),
        .init("итоги обсуждаются на заседании рабочей группы", "the results are discussed at a working group meeting"),
        .init("участники получают раздаточные материалы на кыргызском и русском языках", "participants receive handouts in Kyrgyz and Russian"),
        .init("предложения направляются в профильный комитет Жогорку Кенеша", "the proposals are sent to the relevant committee of the Jogorku Kenesh"),
        .init("медиапартнеры публикуют не менее трех материалов", "media partners publish at least three pieces"),
        .init("результаты размещаются на Портале в разделе \"Практики\"", "the results are posted on the Portal under \"Practices\""),
    ]

    static let costItems: [(item: Bilingual, unit: Bilingual)] = [
        (.init("Подготовка материалов", "Drafting the materials"), .init("день", "day")),
        (.init("Перевод на кыргызский язык", "Translation into Kyrgyz"), .init("страница", "page")),
        (.init("Аренда зала, включая оборудование", "Venue hire, including equipment"), .init("день", "day")),
        (.init("Кофе-брейк", "Coffee break"), .init("участник", "participant")),
        (.init("Транспорт участников из регионов", "Participants’ transport from the regions"), .init("поездка", "trip")),
        (.init("Верстка и печать", "Layout and printing"), .init("экземпляр", "copy")),
        (.init("Услуги видеооператора", "Videographer services"), .init("ролик", "video")),
        (.init("Гонорар эксперта \"по договору\"", "Expert fee \"under contract\""), .init("день", "day")),
        (.init("Продвижение в социальных сетях", "Social media promotion"), .init("кампания", "campaign")),
        (.init("Модерация онлайн-мероприятия", "Online event moderation"), .init("мероприятие", "event")),
    ]

    static let subjects: [Bilingual] = [
        .init("Коалиция", "The Coalition"),
        .init("Союз МСУ", "ULSG"),
        .init("Институт политики развития", "The Development Policy Institute"),
        .init("Академия местного управления", "The Academy of Local Governance"),
        .init("Совместная рабочая группа", "The joint working group"),
        .init("Каждый член Коалиции", "Each Coalition member"),
    ]

    static let predicates: [Bilingual] = [
        .init(" регулярно доводит до лиц, принимающих решения,", " regularly brings to decision makers"),
        .init(" собирает и обобщает", " collects and summarises"),
        .init(" публикует на Портале и в журнале", " publishes on the Portal and in the journal"),
        .init(" обсуждает с органами МСУ", " discusses with LSG bodies"),
        .init(" отслеживает и анализирует", " tracks and analyses"),
        .init(" продвигает в диалоге с государственными органами", " promotes in dialogue with state bodies"),
    ]

    static let objects: [Bilingual] = [
        .init(" доказательства о качестве местных услуг", " evidence on the quality of local services"),
        .init(" позицию органов МСУ по проектам законов", " the position of LSG bodies on draft laws"),
        .init(" примеры лучшей практики муниципалитетов", " examples of municipalities’ best practice"),
        .init(" данные о потребностях местных сообществ", " data on the needs of local communities"),
        .init(" предложения по адаптации к изменению климата", " proposals on climate adaptation"),
        .init(" опыт цифровизации муниципальных услуг", " experience of digitising municipal services"),
    ]

    static let clauses: [Bilingual] = [
        .init(", опираясь на данные и избегая конфронтации.", ", relying on data and avoiding confrontation."),
        .init(" во всех областях страны.", " in every oblast of the country."),
        .init(" на кыргызском и русском языках.", " in Kyrgyz and Russian."),
        .init(", чтобы решения учитывали интересы граждан.", " so that decisions reflect citizens’ interests."),
        .init(" не реже двух раз в год.", " at least twice a year."),
        .init(" совместно с партнерами по развитию.", " together with development partners."),
    ]

    static let headings: [Bilingual] = [
        .init("Контекст", "Context"),
        .init("Что уже сделано", "What has been done"),
        .init("Что предстоит сделать", "What lies ahead"),
        .init("Роли и ответственность", "Roles and responsibilities"),
        .init("Ресурсы", "Resources"),
    ]
}

extension SyntheticRandom {
    /// An action title: an activity, a topic, a recipient, sometimes a place or an awkward ending.
    mutating func actionTitle() -> Bilingual {
        var title = pick(SyntheticText.activities) + pick(SyntheticText.topics)
            + pick(SyntheticText.recipients)
        if chance(50) { title = title + pick(SyntheticText.places) }
        if chance(15) { title = title + pick(SyntheticText.awkward) }
        return title
    }

    /// One or two detail clauses; now and then with a line break inside (a multi-line CSV cell).
    mutating func actionDescription() -> Bilingual {
        let first = pick(SyntheticText.details)
        guard chance(60) else { return first + Bilingual(".", ".") }
        let separator = chance(10) ? ";\n" : "; "
        return Bilingual.joined([first, pick(SyntheticText.details)], separator: separator)
            + Bilingual(".", ".")
    }

    /// A sentence of prose.
    mutating func sentence() -> Bilingual {
        pick(SyntheticText.subjects) + pick(SyntheticText.predicates) + pick(SyntheticText.objects)
            + pick(SyntheticText.clauses)
    }

    /// A paragraph of four to six sentences, sometimes with a bold lead-in.
    mutating func paragraph() -> Bilingual {
        let sentences = (0..<int(4...6)).map { _ in sentence() }
        var text = Bilingual.joined(sentences, separator: " ")
        if chance(20) { text = Bilingual("**Важно.** ", "**Note.** ") + text }
        return text
    }
}
