import type { Language, LocalizedText } from './language.ts';

/** Server-side messages, one entry per error code; every message exists in all three languages. */
export const messages = {
  validation_failed: {
    ky: 'Киргизилген маалыматтар туура эмес.',
    ru: 'Переданные данные некорректны.',
    en: 'The request data is not valid.',
  },
  bad_request: {
    ky: 'Суроо-талап туура эмес түзүлгөн.',
    ru: 'Запрос сформирован неверно.',
    en: 'The request is malformed.',
  },
  unauthenticated: {
    ky: 'Адегенде системага кириңиз.',
    ru: 'Сначала войдите в систему.',
    en: 'Please sign in first.',
  },
  forbidden: {
    ky: 'Сиздин ролуңуз бул аракетке уруксат бербейт.',
    ru: 'Ваша роль не допускает это действие.',
    en: 'Your role does not allow this action.',
  },
  csrf_failed: {
    ky: 'Коопсуздук белгиси (CSRF) жок же туура эмес. Баракты жаңыртыңыз.',
    ru: 'Отсутствует или неверен токен безопасности (CSRF). Обновите страницу.',
    en: 'The security token (CSRF) is missing or wrong. Reload the page.',
  },
  invalid_credentials: {
    ky: 'Колдонуучунун аты же сырсөз туура эмес.',
    ru: 'Неверное имя пользователя или пароль.',
    en: 'Wrong username or password.',
  },
  account_locked: {
    ky: 'Ийгиликсиз аракеттер көп болгондуктан эсеп убактылуу бөгөттөлдү. Кийинчерээк аракет кылыңыз.',
    ru: 'Учётная запись временно заблокирована из-за множества неудачных попыток. Попробуйте позже.',
    en: 'The account is temporarily locked after too many failed attempts. Try again later.',
  },
  account_inactive: {
    ky: 'Эсеп өчүрүлгөн. Администраторго кайрылыңыз.',
    ru: 'Учётная запись отключена. Обратитесь к администратору.',
    en: 'The account is deactivated. Contact the administrator.',
  },
  password_too_weak: {
    ky: 'Сырсөз кеминде 10 белгиден турушу керек жана колдонуучунун атына окшош болбошу керек.',
    ru: 'Пароль должен содержать не менее 10 символов и не совпадать с именем пользователя.',
    en: 'The password must have at least 10 characters and must not match the username.',
  },
  rate_limited: {
    ky: 'Суроо-талаптар өтө көп. Бир аздан кийин кайталаңыз.',
    ru: 'Слишком много запросов. Повторите чуть позже.',
    en: 'Too many requests. Try again shortly.',
  },
  not_found: {
    ky: 'Мындай нерсе табылган жок.',
    ru: 'Ничего не найдено.',
    en: 'Nothing was found here.',
  },
  conflict: {
    ky: 'Мындай жазуу мурунтан эле бар.',
    ru: 'Такая запись уже существует.',
    en: 'Such a record already exists.',
  },
  invalid_reference: {
    ky: 'Шилтеме кылынган жазуу жок.',
    ru: 'Запись, на которую дана ссылка, не существует.',
    en: 'A referenced record does not exist.',
  },
  transition_refused: {
    ky: 'Бул аракетти азыр бул жазуу менен жасоого болбойт: анын абалы уруксат бербейт.',
    ru: 'Это действие сейчас недоступно: состояние записи его не допускает.',
    en: 'This action is not open for this record in its present state.',
  },
  merge_refused: {
    ky: 'Бул эки жазууну бир адам катары бириктирүүгө болбойт (эки кызмат адамы, ар башка ПИН же мурда бириктирилген).',
    ru: 'Эти две записи нельзя объединить как одно лицо (два должностных лица, разные ПИН или уже объединены).',
    en: 'These two records cannot be merged as one person (two officials, different PINs, or already merged).',
  },
  indicator_value_invalid: {
    ky: 'Индикатордун мааниси анын аныктамасына туура келбейт (бирдиги, чеги же иш-чарасы).',
    ru: 'Значение индикатора не соответствует его определению (единица, допустимые значения или мероприятие).',
    en: 'An indicator value does not fit its definition (unit, allowed values or activity).',
  },
  declaration_invalid: {
    ky: 'Декларацияда каталар бар: ар бир талаа боюнча себеби көрсөтүлдү. Долбоор сакталып турат.',
    ru: 'В декларации есть ошибки: причина указана у каждого поля. Черновик сохранён.',
    en: 'The declaration has errors: each field says why. The draft is kept.',
  },
  not_a_declarant: {
    ky: 'Бул эсеп декларация тапшыруучу катары катталган эмес.',
    ru: 'Эта учётная запись не зарегистрирована как декларант.',
    en: 'This account is not registered as a declarant.',
  },
  finding_in_case: {
    ky: 'Бул белги боюнча иш мурунтан эле ачылган.',
    ru: 'По этой находке дело уже открыто.',
    en: 'A case is already open for this finding.',
  },
  not_an_official: {
    ky: 'Бул адам кызмат адамы эмес (декларант катары катталган эмес жана мамлекеттик органда иштебейт): иш ачууга болбойт.',
    ru: 'Этот человек не является должностным лицом (не зарегистрирован как декларант и не работает в государственном органе): дело открыть нельзя.',
    en: 'This person is not an official (neither a registered declarant nor employed by a state body): no case can be opened.',
  },
  measure_not_decided: {
    ky: 'Иш «жөнгө салынды» деп жабылышы үчүн адегенде мекеме башчысы билдирүү боюнча чара көрүшү керек.',
    ru: 'Закрыть дело как «урегулировано» можно только после того, как руководитель принял меру по уведомлению.',
    en: 'A case closes as resolved only after the head has decided a measure on one of its notifications.',
  },
  interest_declaration_invalid: {
    ky: 'Кызыкчылыктар декларациясында каталар бар: ар бир талаа боюнча себеби көрсөтүлдү.',
    ru: 'В декларации интересов есть ошибки: причина указана у каждого поля.',
    en: 'The declaration of interests has errors: each field says why.',
  },
  not_obliged: {
    ky: 'Бул жыл үчүн декларация тапшыруу милдети жок же тапшыруу мөөнөтү ачыла элек.',
    ru: 'За этот год нет обязанности подавать декларацию, или кампания ещё не открыта.',
    en: 'There is no duty to declare for this year, or the filing campaign is not open.',
  },
  registry_unavailable: {
    ky: 'Мамлекеттик реестр азыр жооп бербей жатат. Кийинчерээк кайталаңыз же маалыматты кол менен киргизиңиз.',
    ru: 'Государственный реестр сейчас не отвечает. Повторите позже или введите данные вручную.',
    en: 'The state registry is not answering now. Try again later or enter the data by hand.',
  },
  window_closed: {
    ky: 'Бул мезгил боюнча отчёт берүү терезеси жабык.',
    ru: 'Окно отчётности за этот период закрыто.',
    en: 'The reporting window for this period is closed.',
  },
  barred_entity_duplicate: {
    ky: 'Бул соттун ушул номердеги чечими боюнча бул юридикалык жакка чектөө мурунтан эле реестрде катталган.',
    ru: 'Ограничение для этого юридического лица по этому решению суда с таким номером уже внесено в реестр.',
    en: 'A bar on this legal entity under this court decision (same court and number) is already on the register.',
  },
  barred_entity_lifted: {
    ky: 'Бул чектөө мурунтан эле алынып салынган.',
    ru: 'Это ограничение уже снято.',
    en: 'This bar has already been lifted.',
  },
  payload_too_large: {
    ky: 'Жөнөтүлгөн маалымат өтө чоң.',
    ru: 'Переданные данные слишком велики.',
    en: 'The request body is too large.',
  },
  unsupported_media_type: {
    ky: 'Маалыматтын бул түрү колдоого алынбайт.',
    ru: 'Этот тип содержимого не поддерживается.',
    en: 'This content type is not supported.',
  },
  database_unavailable: {
    ky: 'Маалыматтар базасы азыр жеткиликсиз.',
    ru: 'База данных сейчас недоступна.',
    en: 'The database is unavailable right now.',
  },
  buyer_not_on_platform: {
    ky: 'Бул сатып алуунун сатып алуучусу платформада жок, ошондуктан ага суроо жөнөтүүгө болбойт. Комментарий калтырыңыз.',
    ru: 'Заказчика этой закупки нет на платформе, поэтому ему нельзя направить вопрос. Оставьте комментарий.',
    en: 'The buyer of this tender is not on the platform, so it cannot be asked. Leave a comment instead.',
  },
  not_a_concern: {
    ky: 'Жооп кооптонууга гана берилет, комментарийге эмес.',
    ru: 'Ответ даётся только на обеспокоенность, не на комментарий.',
    en: 'Only a concern is answered, not a comment.',
  },
  not_the_buyer: {
    ky: 'Кооптонууга бул сатып алуунун сатып алуучусунун кызматкерлери гана жооп берет.',
    ru: 'На обеспокоенность отвечают только сотрудники заказчика этой закупки.',
    en: "Only the officers of this tender's buyer answer its concerns.",
  },
  concern_already_answered: {
    ky: 'Бул кооптонууга жооп берилген.',
    ru: 'На эту обеспокоенность уже дан ответ.',
    en: 'This concern has already been answered.',
  },
  ocds_endpoint_not_configured: {
    ky: 'Мамлекеттик сатып алуулар системасынын OCDS дареги коюлган эмес (PROCUREMENT_OCDS_URL). Файлды жүктөңүз.',
    ru: 'Адрес OCDS системы государственных закупок не задан (PROCUREMENT_OCDS_URL). Загрузите файл.',
    en: 'No OCDS endpoint of the e-procurement system is configured (PROCUREMENT_OCDS_URL). Upload a file instead.',
  },
  reallocation_ground_not_held: {
    ky: 'Кайра бөлүштүрүүнүн мыйзамдуу негизи жок: иштин судьясы бул негиз боюнча катталган эмес (четтетүү, кызматтан кетүү же жарыяланган жокко чыгуу).',
    ru: 'Нет законного основания для перераспределения: у судьи дела не зарегистрировано это основание (отвод, уход с должности или опубликованное отсутствие).',
    en: "There is no legal ground for re-allocation: the case's judge has no such ground on record (recusal, leaving office or a published absence).",
  },
  court_rules_incomplete: {
    ky: 'Бөлүштүрүү эрежелери ар бир иш категориясына татаалдык упайын бериши керек.',
    ru: 'Правила распределения должны задавать баллы сложности для каждой категории дел.',
    en: 'The allocation rules must give complexity points for every case category.',
  },
  absence_without_effect: {
    ky: 'Бүгүн катталган жокко чыгуу эртеңден тартып гана күчүнө кирет; бул жокко чыгуу андан мурун бүтөт.',
    ru: 'Отсутствие, записанное сегодня, действует только с завтрашнего дня; это отсутствие заканчивается раньше.',
    en: 'An absence recorded today takes effect only from tomorrow; this one ends before then.',
  },
  court_not_ready: {
    ky: 'Бул сотто бөлүштүрүү эрежелери азырынча күчүнө кире элек: эрежелер жарыялангандан кийинки күндөн баштап иштер бөлүштүрүлөт.',
    ru: 'Правила распределения для этого суда ещё не вступили в силу: дела распределяются со дня, следующего за их публикацией.',
    en: 'No allocation rules are in force yet: cases are allocated from the day after the rules are published.',
  },
  internal: {
    ky: 'Ички ката кетти. Ал катталды; кайра аракет кылыңыз.',
    ru: 'Произошла внутренняя ошибка. Она записана; попробуйте ещё раз.',
    en: 'An internal error occurred. It has been logged; please try again.',
  },
  reporting_key_locked: {
    ky: 'Билдирүүлөрдүн ачкычы кулпуланган. Аны сырсөзүңүз менен ачыңыз.',
    ru: 'Ключ сообщений заблокирован. Разблокируйте его своим паролем.',
    en: 'Your reporting key is locked. Unlock it with your password.',
  },
  reporting_key_exists: {
    ky: 'Билдирүүлөрдүн ачкычы буга чейин түзүлгөн.',
    ru: 'Ключ сообщений уже создан.',
    en: 'Your reporting key is already set up.',
  },
  reporting_key_missing: {
    ky: 'Билдирүүлөрдүн ачкычы али түзүлө элек.',
    ru: 'Ключ сообщений ещё не создан.',
    en: 'The reporting key has not been set up yet.',
  },
  reporting_key_needs_recovery: {
    ky: 'Сырсөз ачкычсыз өзгөртүлгөн: ачкычты калыбына келтирүү коду менен ачыңыз.',
    ru: 'Пароль был сброшен без ключа: восстановите ключ кодом восстановления.',
    en: 'Your password was reset without the key: recover the key with your recovery code.',
  },
  recovery_code_invalid: {
    ky: 'Калыбына келтирүү коду туура эмес.',
    ru: 'Неверный код восстановления.',
    en: 'The recovery code is wrong.',
  },
  reporting_body_unavailable: {
    ky: 'Бул орган азырынча билдирүүлөрдү кабыл ала албайт (ачкычы бар кызматкер жок).',
    ru: 'Этот орган пока не может принимать сообщения (нет сотрудника с ключом).',
    en: 'This body cannot receive reports yet (no handler has set up a key).',
  },
  report_category_unknown: {
    ky: 'Мындай билдирүү категориясы жок.',
    ru: 'Такой категории сообщений нет.',
    en: 'There is no such report category.',
  },
  challenge_invalid: {
    ky: 'Коопсуздук текшерүүсү туура эмес. Баракты жаңыртып, кайра жөнөтүңүз.',
    ru: 'Проверка безопасности не пройдена. Обновите страницу и отправьте снова.',
    en: 'The security check is not valid. Reload the page and send again.',
  },
  challenge_expired: {
    ky: 'Коопсуздук текшерүүсүнүн мөөнөтү бүттү. Кайра жөнөтүңүз.',
    ru: 'Срок проверки безопасности истёк. Отправьте снова.',
    en: 'The security check expired. Send again.',
  },
  work_insufficient: {
    ky: 'Коопсуздук текшерүүсү аягына чыккан жок. Кайра жөнөтүңүз.',
    ru: 'Проверка безопасности не завершена. Отправьте снова.',
    en: 'The security check was not completed. Send again.',
  },
  challenge_spent: {
    ky: 'Бул коопсуздук текшерүүсү колдонулуп бүткөн. Кайра жөнөтүңүз.',
    ru: 'Эта проверка безопасности уже использована. Отправьте снова.',
    en: 'This security check was already used. Send again.',
  },
  receipt_not_recognised: {
    ky: 'Мындай квитанция табылган жок. Аны текшерип, кайра киргизиңиз.',
    ru: 'Такая квитанция не найдена. Проверьте её и введите снова.',
    en: 'No report has this receipt. Check it and type it again.',
  },
  reporter_session_expired: {
    ky: 'Кирүү мөөнөтү бүттү. Квитанцияңызды кайра киргизиңиз.',
    ru: 'Сеанс истёк. Введите квитанцию снова.',
    en: 'Your visit has ended. Enter your receipt again.',
  },
  attachments_too_many: {
    ky: 'Файлдар өтө көп.',
    ru: 'Слишком много файлов.',
    en: 'Too many files.',
  },
  attachments_too_large: {
    ky: 'Файлдардын жалпы көлөмү өтө чоң.',
    ru: 'Общий размер файлов слишком велик.',
    en: 'The files are too large together.',
  },
  attachment_too_large: {
    ky: 'Файл өтө чоң.',
    ru: 'Файл слишком велик.',
    en: 'A file is too large.',
  },
  attachment_empty: {
    ky: 'Файл бош.',
    ru: 'Файл пуст.',
    en: 'A file is empty.',
  },
  attachment_type_not_allowed: {
    ky: 'Мындай файл түрү кабыл алынбайт.',
    ru: 'Такой тип файла не принимается.',
    en: 'This type of file is not accepted.',
  },
  attachment_unreadable: {
    ky: 'Файлды окуу мүмкүн эмес (бузулган же шифрленген).',
    ru: 'Файл не читается (повреждён или зашифрован).',
    en: 'The file cannot be read (damaged or encrypted).',
  },
  report_closed: {
    ky: 'Билдирүү жабылган.',
    ru: 'Сообщение закрыто.',
    en: 'The report is closed.',
  },
  report_not_sealed_for_you: {
    ky: 'Бул билдирүү сиз үчүн шифрленген эмес: аны кабыл алган кесиптешиңиз ачканда, ал сизге да жеткиликтүү болот.',
    ru: 'Это сообщение не зашифровано для вас: оно станет доступно, когда его откроет коллега, получивший его.',
    en: 'This report is not sealed for you yet: it becomes readable for you once a colleague who received it opens it.',
  },
  report_not_your_body: {
    ky: 'Бул аракетти билдирүүнү кароочу органдын кызматкери гана жасай алат.',
    ru: 'Это действие может выполнить только сотрудник органа, рассматривающего сообщение.',
    en: 'Only a handler of the body that holds the report can do this.',
  },
  report_assignee_invalid: {
    ky: 'Бул адам органдын кызматкери эмес.',
    ru: 'Этот человек не является сотрудником органа.',
    en: 'This person is not a handler of the body.',
  },
  report_transfer_same_body: {
    ky: 'Билдирүү буга чейин ушул органда.',
    ru: 'Сообщение уже находится в этом органе.',
    en: 'The report is already with this body.',
  },
  identity_not_given: {
    ky: 'Билдирүүчү өзүнүн инсандыгын көрсөткөн эмес.',
    ru: 'Заявитель не сообщил свою личность.',
    en: 'The reporter did not give their identity.',
  },
  identity_already_given: {
    ky: 'Инсандык буга чейин көрсөтүлгөн.',
    ru: 'Личность уже сообщена.',
    en: 'The identity was already given.',
  },
  identity_request_pending: {
    ky: 'Сиздин суроо-талабыңыз каралууда.',
    ru: 'Ваш запрос уже на рассмотрении.',
    en: 'Your request is already waiting for a custodian.',
  },
  identity_request_decided: {
    ky: 'Бул суроо-талап боюнча чечим кабыл алынган.',
    ru: 'По этому запросу уже принято решение.',
    en: 'This request has already been decided.',
  },
  identity_self_approval: {
    ky: 'Өз суроо-талабыңызды өзүңүз беките албайсыз.',
    ru: 'Нельзя одобрить собственный запрос.',
    en: 'You cannot decide your own request.',
  },
  identity_not_sealed_for_custodian: {
    ky: 'Бул инсандык сиз үчүн шифрленген эмес.',
    ru: 'Эта личность не зашифрована для вас.',
    en: 'This identity is not sealed for you.',
  },
  protection_already_answered: {
    ky: 'Бул өтүнүчкө жооп берилген.',
    ru: 'На этот запрос уже дан ответ.',
    en: 'This request has already been answered.',
  },
  reward_already_paid: {
    ky: 'Сыйакы төлөнгөн.',
    ru: 'Вознаграждение уже выплачено.',
    en: 'The reward has already been paid.',
  },
  reward_not_decided: {
    ky: 'Сыйакы боюнча чечим жок.',
    ru: 'Решения о вознаграждении нет.',
    en: 'No reward decision has been recorded.',
  },
  reward_not_eligible: {
    ky: 'Бул билдирүү сыйакыга укук бербейт.',
    ru: 'Это сообщение не даёт права на вознаграждение.',
    en: 'This report is not eligible for a reward.',
  },
  reward_over_limit: {
    ky: 'Сыйакы кайтарылган сумманын 10%дан жана 1 000 000 сомдон ашпайт.',
    ru: 'Вознаграждение не превышает 10% возвращённой суммы и 1 000 000 сомов.',
    en: 'The reward is at most 10% of the sum recovered and 1,000,000 som.',
  },
  attachment_encrypted: {
    ky: 'Файл сырсөз менен корголгон: аны сырсөзсүз жүктөңүз.',
    ru: 'Файл защищён паролем: загрузите его без пароля.',
    en: 'The file is password-protected: attach it without the password.',
  },
} satisfies Record<string, LocalizedText>;

export type MessageCode = keyof typeof messages;

export function message(code: MessageCode, lang: Language): string {
  return messages[code][lang];
}
