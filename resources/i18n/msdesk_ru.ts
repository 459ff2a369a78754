<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>usage: </source>
            <translation>использование: </translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>позиционные аргументы</translation>
        </message>
        <message>
            <source>options</source>
            <translation>параметры</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>показать эту справку и выйти</translation>
        </message>
        <message>
            <source>{prog}: error: {message}</source>
            <translation>{prog}: ошибка: {message}</translation>
        </message>
        <message>
            <source>ModelScope on the desktop: tokens in the OS keychain, the model library with its API-Inference filter, and chat. Without a command, starts the desktop app.</source>
            <translation>ModelScope на рабочем столе: токены в хранилище ключей ОС, библиотека моделей с фильтром API-Inference и чат. Без команды запускает приложение.</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>показать версию программы и выйти</translation>
        </message>
        <message>
            <source>log details to stderr</source>
            <translation>выводить подробный журнал в stderr</translation>
        </message>
        <message>
            <source>check that this installation can run (window, pages, keychain, stores, Markdown, HTTP) without your data or the network; prints one JSON line, exit 0 or 1</source>
            <translation>проверить, что эта установка работает (окно, страницы, хранилище ключей, хранилища данных, Markdown, HTTP), без ваших данных и сети; выводит одну строку JSON, код выхода 0 или 1</translation>
        </message>
        <message>
            <source>provider ID (default: modelscope)</source>
            <translation>ID провайдера (по умолчанию: modelscope)</translation>
        </message>
        <message>
            <source>start the desktop app (the default)</source>
            <translation>запустить приложение (по умолчанию)</translation>
        </message>
        <message>
            <source>manage access tokens in the OS keychain</source>
            <translation>управление токенами доступа в хранилище ключей ОС</translation>
        </message>
        <message>
            <source>store a token read from stdin (no echo on a terminal)</source>
            <translation>сохранить токен, прочитанный из stdin (в терминале не отображается)</translation>
        </message>
        <message>
            <source>a name for this token (default: main)</source>
            <translation>имя токена (по умолчанию: main)</translation>
        </message>
        <message>
            <source>list stored tokens, masked</source>
            <translation>список сохранённых токенов (частично скрытых)</translation>
        </message>
        <message>
            <source>only this provider</source>
            <translation>только этот провайдер</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>машиночитаемый вывод</translation>
        </message>
        <message>
            <source>remove a stored token</source>
            <translation>удалить сохранённый токен</translation>
        </message>
        <message>
            <source>check tokens with one real tiny call each (costs one call of the daily quota)</source>
            <translation>проверить каждый токен одним настоящим минимальным вызовом (расходует один вызов дневной квоты)</translation>
        </message>
        <message>
            <source>only this token (default: every stored token)</source>
            <translation>только этот токен (по умолчанию: все сохранённые)</translation>
        </message>
        <message>
            <source>model to call (default: the provider's first chat model)</source>
            <translation>вызываемая модель (по умолчанию: первая чат-модель провайдера)</translation>
        </message>
        <message>
            <source>search the ModelScope model library</source>
            <translation>поиск в библиотеке моделей ModelScope</translation>
        </message>
        <message>
            <source>include models without API-Inference</source>
            <translation>включить модели без API-Inference</translation>
        </message>
        <message>
            <source>search text</source>
            <translation>текст поиска</translation>
        </message>
        <message>
            <source>task filter, e.g. {task}</source>
            <translation>фильтр по задаче, например {task}</translation>
        </message>
        <message>
            <source>whose model library (default: modelscope)</source>
            <translation>чья библиотека моделей (по умолчанию: modelscope)</translation>
        </message>
        <message>
            <source>one model of the library</source>
            <translation>одна модель из библиотеки</translation>
        </message>
        <message>
            <source>details and README of a model</source>
            <translation>сведения о модели и её README</translation>
        </message>
        <message>
            <source>calls made today and the quota left, per token</source>
            <translation>вызовы за сегодня и остаток квоты по каждому токену</translation>
        </message>
        <message>
            <source>also say what a call of this model costs, where ModelScope reports credits</source>
            <translation>также показать стоимость вызова этой модели, если ModelScope сообщает о кредитах</translation>
        </message>
        <message>
            <source>ask a model; streams the answer to stdout</source>
            <translation>задать вопрос модели; ответ выводится в stdout по мере поступления</translation>
        </message>
        <message>
            <source>model ID, e.g. {model}</source>
            <translation>ID модели, например {model}</translation>
        </message>
        <message>
            <source>which stored token to use</source>
            <translation>какой сохранённый токен использовать</translation>
        </message>
        <message>
            <source>system prompt</source>
            <translation>системный промпт</translation>
        </message>
        <message>
            <source>wait for the whole answer</source>
            <translation>ждать ответа целиком</translation>
        </message>
        <message>
            <source>print one JSON object at the end</source>
            <translation>вывести в конце один объект JSON</translation>
        </message>
        <message>
            <source>ask for reasoning (models that take enable_thinking)</source>
            <translation>запросить рассуждения (для моделей с enable_thinking)</translation>
        </message>
        <message>
            <source>the question; '-' reads it from stdin</source>
            <translation>вопрос; «-» — прочитать его из stdin</translation>
        </message>
        <message>
            <source>an argument is not valid text (bytes that are not UTF-8): '{argument}'</source>
            <translation>аргумент не является допустимым текстом (байты не в UTF-8): «{argument}»</translation>
        </message>
        <message>
            <source>warning: {url} is plain http: the token travels unencrypted.</source>
            <translation>предупреждение: {url} — это обычный http, токен передаётся без шифрования.</translation>
        </message>
        <message>
            <source>Paste the token (it will not be shown): </source>
            <translation>Вставьте токен (он не будет показан): </translation>
        </message>
        <message>
            <source>The token on stdin is not valid UTF-8 (at byte {byte}).</source>
            <translation>Токен в stdin — недопустимый UTF-8 (в байте {byte}).</translation>
        </message>
        <message>
            <source>Provider '{provider}' has no chat model configured; pass --model.</source>
            <translation>У провайдера «{provider}» не настроена чат-модель; укажите --model.</translation>
        </message>
        <message>
            <source>No OS keychain is available, so the token cannot be stored. {note} For the command line, set {variable} instead.</source>
            <translation>Хранилище ключей ОС недоступно, поэтому токен нельзя сохранить. {note} Для командной строки задайте вместо этого {variable}.</translation>
        </message>
        <message>
            <source>No token was given on stdin.</source>
            <translation>Токен не передан через stdin.</translation>
        </message>
        <message>
            <source>warning: this does not look like a ModelScope token (ms- followed by a UUID); stored anyway.</source>
            <translation>предупреждение: это не похоже на токен ModelScope (ms- и UUID); всё равно сохранён.</translation>
        </message>
        <message>
            <source>Replaced token '{label}' for {provider} ({masked}) in {keychain}.</source>
            <translation>Токен «{label}» для {provider} ({masked}) заменён в {keychain}.</translation>
        </message>
        <message>
            <source>Stored token '{label}' for {provider} ({masked}) in {keychain}.</source>
            <translation>Токен «{label}» для {provider} ({masked}) сохранён в {keychain}.</translation>
        </message>
        <message>
            <source>Keychain: {name} (secure OS keychain)</source>
            <translation>Хранилище ключей: {name} (защищённое хранилище ОС)</translation>
        </message>
        <message>
            <source>Keychain: {name} (NOT a secure keychain)</source>
            <translation>Хранилище ключей: {name} (НЕ защищённое хранилище)</translation>
        </message>
        <message>
            <source>Note: {note}</source>
            <translation>Примечание: {note}</translation>
        </message>
        <message>
            <source>No tokens stored. Add one with: {command}  (reads stdin)</source>
            <translation>Нет сохранённых токенов. Добавьте токен: {command}  (читает stdin)</translation>
        </message>
        <message>
            <source>Removed token '{label}' of {provider}.</source>
            <translation>Токен «{label}» провайдера {provider} удалён.</translation>
        </message>
        <message>
            <source>No token labelled '{label}' is stored for {provider}.</source>
            <translation>Для {provider} нет сохранённого токена «{label}».</translation>
        </message>
        <message>
            <source>Checking with {model}: each check costs one call of the daily quota.</source>
            <translation>Проверка через {model}: каждая проверка расходует один вызов дневной квоты.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <source>{name}: FAILED: {error}</source>
            <translation>{name}: ОШИБКА: {error}</translation>
        </message>
        <message>
            <source>{name}: OK ({seconds} s); calls left today: {quota}</source>
            <translation>{name}: OK ({seconds} с); осталось вызовов сегодня: {quota}</translation>
        </message>
        <message>
            <source>{name}: OK ({seconds} s)</source>
            <translation>{name}: OK ({seconds} с)</translation>
        </message>
        <message>
            <source>--page must be 1 or more and --page-size between 1 and 100.</source>
            <translation>--page должен быть не меньше 1, а --page-size — от 1 до 100.</translation>
        </message>
        <message>
            <source>all models: {first}-{last} of {total}</source>
            <translation>все модели: {first}–{last} из {total}</translation>
        </message>
        <message>
            <source>API-Inference models: {first}-{last} of {total}</source>
            <translation>модели с API-Inference: {first}–{last} из {total}</translation>
        </message>
        <message>
            <source>More: {option}</source>
            <translation>Ещё: {option}</translation>
        </message>
        <message>
            <source>'{model}' is not a model ID; a model ID looks like owner/name.</source>
            <translation>«{model}» — не ID модели; ID модели имеет вид owner/name.</translation>
        </message>
        <message>
            <source>tasks:     {tasks}</source>
            <translation>задачи:     {tasks}</translation>
        </message>
        <message>
            <source>API-Inference: yes</source>
            <translation>API-Inference: да</translation>
        </message>
        <message>
            <source>API-Inference: not known</source>
            <translation>API-Inference: неизвестно</translation>
        </message>
        <message>
            <source>license:   {license}</source>
            <translation>лицензия:   {license}</translation>
        </message>
        <message>
            <source>downloads: {downloads}   likes: {likes}   updated: {updated}</source>
            <translation>загрузки:   {downloads}   лайки: {likes}   обновлена: {updated}</translation>
        </message>
        <message>
            <source>tags:      {tags}</source>
            <translation>теги:       {tags}</translation>
        </message>
        <message>
            <source>page:      {url}</source>
            <translation>страница:   {url}</translation>
        </message>
        <message>
            <source>(no README)</source>
            <translation>(нет README)</translation>
        </message>
        <message>
            <source>The prompt on stdin is not valid UTF-8 (at byte {byte}).</source>
            <translation>Запрос в stdin — недопустимый UTF-8 (в байте {byte}).</translation>
        </message>
        <message>
            <source>The prompt is empty.</source>
            <translation>Запрос пуст.</translation>
        </message>
        <message>
            <source>{provider} ({id}) · quota day {day} (UTC+8)</source>
            <translation>{provider} ({id}) · день квоты {day} (UTC+8)</translation>
        </message>
        <message>
            <source>Resets {when}</source>
            <translation>Сброс {when}</translation>
        </message>
        <message>
            <source>No tokens stored and no calls today. Add one with: {command}</source>
            <translation>Нет сохранённых токенов и вызовов за сегодня. Добавьте токен: {command}</translation>
        </message>
        <message>
            <source>Calls are msdesk's own count (an estimate: calls made elsewhere are not counted); limits are the server's, or unknown.</source>
            <translation>Вызовы подсчитывает сам msdesk (это оценка: вызовы из других мест не учтены); лимиты — данные сервера или неизвестны.</translation>
        </message>
        <message numerus="yes">
            <source>≈ %n call(s) today</source>
            <translation>
                <numerusform>≈ %n вызов сегодня</numerusform>
                <numerusform>≈ %n вызова сегодня</numerusform>
                <numerusform>≈ %n вызовов сегодня</numerusform>
            </translation>
        </message>
        <message>
            <source>{remaining} / {limit} left (server)</source>
            <translation>осталось {remaining} / {limit} (сервер)</translation>
        </message>
        <message>
            <source>limit unknown (no figures from the server today)</source>
            <translation>лимит неизвестен (сегодня сервер не сообщал данных)</translation>
        </message>
        <message>
            <source>{model}: {remaining} / {limit} left</source>
            <translation>{model}: осталось {remaining} / {limit}</translation>
        </message>
        <message>
            <source>credits, as {provider} said: {summary}</source>
            <translation>кредиты, по данным {provider}: {summary}</translation>
        </message>
        <message>
            <source>Credits: {summary}.</source>
            <translation>Кредиты: {summary}.</translation>
        </message>
        <message>
            <source>cannot use the folder {folder} ({reason}). Check MSDESK_HOME and the folder's permissions.</source>
            <translation>нельзя использовать папку {folder} ({reason}). Проверьте MSDESK_HOME и права доступа к папке.</translation>
        </message>
        <message>
            <source>warning: {warning}</source>
            <translation>предупреждение: {warning}</translation>
        </message>
        <message>
            <source>a name or address given cannot be used ({error}); check it.</source>
            <translation>указанное имя или адрес нельзя использовать ({error}); проверьте его.</translation>
        </message>
        <message>
            <source>unexpected error ({error}). Details are in {log}; please report it.</source>
            <translation>непредвиденная ошибка ({error}). Подробности в {log}; пожалуйста, сообщите о ней.</translation>
        </message>
        <message>
            <source>interrupted.</source>
            <translation>прервано.</translation>
        </message>
    </context>
    <context>
        <name>core.capabilities</name>
        <message>
            <source>{model} does not reason before answering.</source>
            <translation>{model} не рассуждает перед ответом.</translation>
        </message>
        <message>
            <source>{model} reasons on its own; it takes no switch to turn reasoning off.</source>
            <translation>{model} рассуждает всегда: отключить рассуждение нельзя.</translation>
        </message>
        <message>
            <source>Let the model reason before answering (enable_thinking). Off answers faster.</source>
            <translation>Модель рассуждает перед ответом (enable_thinking). Если выключить, ответ придёт быстрее.</translation>
        </message>
    </context>
    <context>
        <name>core.chat</name>
        <message>
            <source>queued</source>
            <translation>в очереди</translation>
        </message>
        <message>
            <source>running</source>
            <translation>выполняется</translation>
        </message>
        <message>
            <source>done</source>
            <translation>готово</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>'{model}' is not a ModelScope model ID (owner/name).</source>
            <translation>«{model}» — не ID модели ModelScope (owner/name).</translation>
        </message>
        <message>
            <source>'{model}' is a {task} model, not a chat model. Pick a chat model: {command}</source>
            <translation>«{model}» — модель типа {task}, а не чат-модель. Выберите чат-модель: {command}</translation>
        </message>
        <message>
            <source>No model is chosen for this chat. Pick one in the model menu, then press Retry.</source>
            <translation>Для этого чата не выбрана модель. Выберите её в меню моделей и нажмите «Повторить».</translation>
        </message>
        <message>
            <source>Something went wrong inside msdesk ({error}). Try again; if it keeps happening, report it with the log file.</source>
            <translation>Внутренняя ошибка msdesk ({error}). Повторите попытку; если ошибка повторяется, сообщите о ней и приложите файл журнала.</translation>
        </message>
        <message>
            <source>Describe the image you want in the message, then send it.</source>
            <translation>Опишите в сообщении нужное изображение и отправьте его.</translation>
        </message>
        <message>
            <source>Generating image… ({state}, {seconds} s)</source>
            <translation>Создание изображения… ({state}, {seconds} с)</translation>
        </message>
        <message>
            <source>Generating image… (submitting)</source>
            <translation>Создание изображения… (отправка)</translation>
        </message>
        <message>
            <source>Downloading the image…</source>
            <translation>Загрузка изображения…</translation>
        </message>
        <message>
            <source>the image host</source>
            <translation>сервер изображений</translation>
        </message>
        <message>
            <source>The generated image is larger than {size} MB and was not saved. Try a smaller image size.</source>
            <translation>Созданное изображение больше {size} МБ и не сохранено. Попробуйте размер поменьше.</translation>
        </message>
        <message>
            <source>The generated image could not be downloaded from {host} (HTTP {status}). Try again.</source>
            <translation>Не удалось скачать созданное изображение с {host} (HTTP {status}). Повторите попытку.</translation>
        </message>
        <message>
            <source>{host} sent something that is not an image ({type}). Try again.</source>
            <translation>{host} прислал не изображение ({type}). Повторите попытку.</translation>
        </message>
        <message>
            <source>no type</source>
            <translation>тип не указан</translation>
        </message>
    </context>
    <context>
        <name>core.chat_export</name>
        <message>
            <source>unnamed</source>
            <translation>без имени</translation>
        </message>
        <message>
            <source>image: {name}</source>
            <translation>изображение: {name}</translation>
        </message>
        <message>
            <source>file: {name}</source>
            <translation>файл: {name}</translation>
        </message>
        <message>
            <source>Stopped by the user.</source>
            <translation>Остановлено пользователем.</translation>
        </message>
        <message>
            <source>The answer was cut off: {error}</source>
            <translation>Ответ оборван: {error}</translation>
        </message>
        <message>
            <source>The answer was cut off.</source>
            <translation>Ответ оборван.</translation>
        </message>
        <message>
            <source>Error: {error}</source>
            <translation>Ошибка: {error}</translation>
        </message>
        <message>
            <source>Error: the request failed.</source>
            <translation>Ошибка: запрос не удался.</translation>
        </message>
        <message>
            <source>The answer was still being written when this was exported.</source>
            <translation>На момент экспорта ответ ещё не был дописан.</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Вы</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Ассистент</translation>
        </message>
        <message>
            <source>Thinking</source>
            <translation>Рассуждения</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Новый чат</translation>
        </message>
        <message>
            <source>Model: {model} · {date}</source>
            <translation>Модель: {model} · {date}</translation>
        </message>
    </context>
    <context>
        <name>core.credits</name>
        <message>
            <source>{available} of {total} credits left</source>
            <translation>осталось кредитов: {available} из {total}</translation>
        </message>
        <message>
            <source>{available} credits left</source>
            <translation>осталось кредитов: {available}</translation>
        </message>
        <message>
            <source>a call of {model} is in cost tier {tier}</source>
            <translation>вызов {model} относится к тарифной категории {tier}</translation>
        </message>
        <message>
            <source>a call of {model} costs {cost} credits (tier {tier})</source>
            <translation>вызов {model} стоит {cost} кредита (категория {tier})</translation>
        </message>
        <message>
            <source>a call of {model} costs {cost} credits</source>
            <translation>вызов {model} стоит {cost} кредита</translation>
        </message>
        <message numerus="yes">
            <source>a call of {model} costs %n credit(s) (tier {tier})</source>
            <translation>
                <numerusform>вызов {model} стоит %n кредит (категория {tier})</numerusform>
                <numerusform>вызов {model} стоит %n кредита (категория {tier})</numerusform>
                <numerusform>вызов {model} стоит %n кредитов (категория {tier})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>a call of {model} costs %n credit(s)</source>
            <translation>
                <numerusform>вызов {model} стоит %n кредит</numerusform>
                <numerusform>вызов {model} стоит %n кредита</numerusform>
                <numerusform>вызов {model} стоит %n кредитов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.dbrepair</name>
        <message>
            <source>no answer</source>
            <translation>нет ответа</translation>
        </message>
    </context>
    <context>
        <name>core.errors</name>
        <message>
            <source>the provider</source>
            <translation>провайдер</translation>
        </message>
        <message>
            <source>Request limit exceeded: the free quota ({code}) of this token or of this model is spent.</source>
            <translation>Превышен лимит запросов: бесплатная квота ({code}) этого токена или этой модели исчерпана.</translation>
        </message>
        <message>
            <source>Request limit exceeded: the daily quota of this token or of this model is spent.</source>
            <translation>Превышен лимит запросов: дневная квота этого токена или этой модели исчерпана.</translation>
        </message>
        <message>
            <source>It resets {when}.</source>
            <translation>Квота сбросится {when}.</translation>
        </message>
        <message>
            <source>It resets at 00:00 UTC+8.</source>
            <translation>Квота сбрасывается в 00:00 UTC+8.</translation>
        </message>
        <message>
            <source>Use a backup token or another provider meanwhile.</source>
            <translation>А пока используйте резервный токен или другого провайдера.</translation>
        </message>
        <message>
            <source>Your ModelScope account is not bound to an Alibaba Cloud account; bind one, then try again: {url}</source>
            <translation>Ваш аккаунт ModelScope не привязан к аккаунту Alibaba Cloud; привяжите его и повторите попытку: {url}</translation>
        </message>
        <message>
            <source>The token was rejected (HTTP {status}) ({provider} said: {said}).</source>
            <translation>Токен отклонён (HTTP {status}) (ответ {provider}: {said}).</translation>
        </message>
        <message>
            <source>The token was rejected (HTTP {status}).</source>
            <translation>Токен отклонён (HTTP {status}).</translation>
        </message>
        <message>
            <source>Check that it was copied whole and that your ModelScope account is bound to an Alibaba Cloud account, or create a new token and store it: {url}</source>
            <translation>Проверьте, что токен скопирован целиком и что аккаунт ModelScope привязан к аккаунту Alibaba Cloud, или создайте новый токен и сохраните его: {url}</translation>
        </message>
        <message>
            <source>'{model}' is not served by API-Inference.</source>
            <translation>API-Inference не обслуживает «{model}».</translation>
        </message>
        <message>
            <source>This model is not served by API-Inference.</source>
            <translation>API-Inference не обслуживает эту модель.</translation>
        </message>
        <message>
            <source>'{model}' was not found at {provider} ({provider} said: {said}).</source>
            <translation>«{model}» не найдена в {provider} (ответ {provider}: {said}).</translation>
        </message>
        <message>
            <source>'{model}' was not found at {provider}.</source>
            <translation>«{model}» не найдена в {provider}.</translation>
        </message>
        <message>
            <source>Check the model ID.</source>
            <translation>Проверьте ID модели.</translation>
        </message>
        <message>
            <source>{provider} refused the request (HTTP {status}) ({provider} said: {said}).</source>
            <translation>{provider}: запрос отклонён (HTTP {status}) (ответ {provider}: {said}).</translation>
        </message>
        <message>
            <source>{provider} refused the request (HTTP {status}).</source>
            <translation>{provider}: запрос отклонён (HTTP {status}).</translation>
        </message>
        <message>
            <source>Check the model ID and the chat parameters, then try again.</source>
            <translation>Проверьте ID модели и параметры чата и повторите попытку.</translation>
        </message>
        <message>
            <source>{provider} had a server error (HTTP {status}) ({provider} said: {said}).</source>
            <translation>{provider}: ошибка сервера (HTTP {status}) (ответ {provider}: {said}).</translation>
        </message>
        <message>
            <source>{provider} had a server error (HTTP {status}).</source>
            <translation>{provider}: ошибка сервера (HTTP {status}).</translation>
        </message>
        <message>
            <source>Try again in a minute.</source>
            <translation>Повторите попытку через минуту.</translation>
        </message>
        <message>
            <source>Pick a model with the API-Inference filter ({command}) and try again.</source>
            <translation>Выберите модель с фильтром API-Inference ({command}) и повторите попытку.</translation>
        </message>
        <message>
            <source>unknown type</source>
            <translation>неизвестный тип</translation>
        </message>
        <message>
            <source>{what} sent a malformed answer (not JSON; {type}).</source>
            <translation>{what}: ответ в неверном формате (не JSON; {type}).</translation>
        </message>
        <message>
            <source>The address of {what} is not a valid http(s) URL ({reason}). Fix the API host in settings (or MSDESK_API_BASE / MSDESK_HUB_BASE).</source>
            <translation>{what}: адрес не является допустимым http(s) URL ({reason}). Исправьте адрес API в настройках (или MSDESK_API_BASE / MSDESK_HUB_BASE).</translation>
        </message>
        <message>
            <source>Could not reach {what}: connecting timed out. Check your connection or proxy and try again.</source>
            <translation>{what}: нет связи — истекло время подключения. Проверьте подключение или прокси и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not reach {what}: no answer arrived in time. Check your connection or proxy and try again.</source>
            <translation>{what}: нет связи — ответ не пришёл вовремя. Проверьте подключение или прокси и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not reach {what}: sending timed out. Check your connection or proxy and try again.</source>
            <translation>{what}: нет связи — истекло время отправки. Проверьте подключение или прокси и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not reach {what}: too many requests in flight. Check your connection or proxy and try again.</source>
            <translation>{what}: нет связи — слишком много одновременных запросов. Проверьте подключение или прокси и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not reach {what}: the request timed out. Check your connection or proxy and try again.</source>
            <translation>{what}: нет связи — истекло время запроса. Проверьте подключение или прокси и повторите попытку.</translation>
        </message>
        <message>
            <source>Could not connect to {what} ({reason}). Check your connection, proxy and the API host in settings.</source>
            <translation>{what}: не удалось подключиться ({reason}). Проверьте подключение, прокси и адрес API в настройках.</translation>
        </message>
        <message>
            <source>The connection to {what} closed before the answer was complete. What arrived is kept; try again for the rest.</source>
            <translation>{what}: соединение закрылось до конца ответа. Полученное сохранено; повторите попытку, чтобы получить остальное.</translation>
        </message>
        <message>
            <source>The connection to {what} closed before the answer was complete. Try again.</source>
            <translation>{what}: соединение закрылось до конца ответа. Повторите попытку.</translation>
        </message>
        <message>
            <source>Network error talking to {what}: {reason}. Try again.</source>
            <translation>{what}: сетевая ошибка: {reason}. Повторите попытку.</translation>
        </message>
        <message>
            <source>Add a token…</source>
            <translation>Добавить токен…</translation>
        </message>
        <message>
            <source>Get a token ↗</source>
            <translation>Получить токен ↗</translation>
        </message>
        <message>
            <source>Bind an account ↗</source>
            <translation>Привязать аккаунт ↗</translation>
        </message>
        <message>
            <source>Check the token…</source>
            <translation>Проверить токен…</translation>
        </message>
        <message>
            <source>Create a token ↗</source>
            <translation>Создать токен ↗</translation>
        </message>
        <message>
            <source>Add a backup token…</source>
            <translation>Добавить резервный токен…</translation>
        </message>
        <message>
            <source>Pick another model above, or browse the models API-Inference serves.</source>
            <translation>Выберите другую модель выше или посмотрите модели, которые обслуживает API-Inference.</translation>
        </message>
        <message>
            <source>Browse models</source>
            <translation>Обзор моделей</translation>
        </message>
        <message>
            <source>Open the provider's settings…</source>
            <translation>Настройки провайдера…</translation>
        </message>
        <message>
            <source>Open the link ↗</source>
            <translation>Открыть ссылку ↗</translation>
        </message>
        <message>
            <source>Pick a model the Models page shows as served by API-Inference.</source>
            <translation>Выберите модель, которую страница «Модели» показывает как обслуживаемую API-Inference.</translation>
        </message>
    </context>
    <context>
        <name>core.failover</name>
        <message>
            <source>Token {tokens} is over its request limit for now</source>
            <translation>Токен {tokens} временно превысил лимит запросов</translation>
        </message>
        <message>
            <source>Tokens {tokens} are over their request limits for now</source>
            <translation>Токены {tokens} временно превысили лимиты запросов</translation>
        </message>
        <message>
            <source>Token {tokens} has no calls left today for {model}</source>
            <translation>У токена {tokens} на сегодня не осталось вызовов {model}</translation>
        </message>
        <message>
            <source>Tokens {tokens} have no calls left today for {model}</source>
            <translation>У токенов {tokens} на сегодня не осталось вызовов {model}</translation>
        </message>
        <message>
            <source>Token {tokens} has no calls left today</source>
            <translation>У токена {tokens} на сегодня не осталось вызовов</translation>
        </message>
        <message>
            <source>Tokens {tokens} have no calls left today</source>
            <translation>У токенов {tokens} на сегодня не осталось вызовов</translation>
        </message>
        <message>
            <source>; </source>
            <comment>between the reasons of a switch</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>{reasons}; answering with "{token}".</source>
            <translation>{reasons}; отвечает «{token}».</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(без имени)</translation>
        </message>
        <message>
            <source>Request limit exceeded: the {provider} token {tokens} has no calls left for {model} right now.</source>
            <translation>Превышен лимит запросов: у токена {provider} {tokens} сейчас не осталось вызовов {model}.</translation>
        </message>
        <message>
            <source>Request limit exceeded: every {provider} token ({tokens}) has no calls left for {model} right now.</source>
            <translation>Превышен лимит запросов: ни у одного токена {provider} ({tokens}) сейчас не осталось вызовов {model}.</translation>
        </message>
        <message>
            <source>The daily quota resets {when}.</source>
            <translation>Дневная квота сбросится {when}.</translation>
        </message>
        <message>
            <source>Add another token, or choose a fallback provider and model in Settings, to go on meanwhile.</source>
            <translation>Чтобы продолжить сейчас, добавьте другой токен или выберите в настройках резервного провайдера и модель.</translation>
        </message>
        <message>
            <source>{provider} answered with HTTP {status}</source>
            <translation>{provider} ответил HTTP {status}</translation>
        </message>
        <message>
            <source>{provider} did not start answering within {seconds} s. Try again, or raise the first-byte timeout in Settings.</source>
            <translation>{provider} не начал отвечать за {seconds} с. Повторите попытку или увеличьте в настройках тайм-аут первого байта.</translation>
        </message>
        <message>
            <source>{problem}; trying again in {seconds} s ({retry} of {retries}).</source>
            <translation>{problem}; повтор через {seconds} с ({retry} из {retries}).</translation>
        </message>
        <message>
            <source>The fallback provider '{provider}' is not configured ({problem}).</source>
            <translation>Резервный провайдер «{provider}» не настроен ({problem}).</translation>
        </message>
        <message>
            <source>Every {provider} token has no calls left for {model}; the fallback {fallback} {fallback_model} failed too: {problem}</source>
            <translation>Ни у одного токена {provider} не осталось вызовов {model}; резервный вариант {fallback} {fallback_model} тоже не сработал: {problem}</translation>
        </message>
        <message>
            <source>The fallback {fallback} has no token stored: add one in Settings.</source>
            <translation>Для резервного провайдера {fallback} не сохранён токен: добавьте его в настройках.</translation>
        </message>
        <message>
            <source>The fallback {fallback} {fallback_model} has no calls left either.</source>
            <translation>У резервного варианта {fallback} {fallback_model} вызовов тоже не осталось.</translation>
        </message>
        <message>
            <source>All {provider} tokens are spent until 00:00 UTC+8; answering with {fallback} {fallback_model}.</source>
            <translation>Все токены {provider} исчерпаны до 00:00 UTC+8; отвечает {fallback} {fallback_model}.</translation>
        </message>
    </context>
    <context>
        <name>core.history</name>
        <message>
            <source>Could not open the chat history {path} ({reason}). Check that its folder is writable and the disk is not full, close any other running msdesk, then restart.</source>
            <translation>Не удалось открыть историю чатов {path} ({reason}). Проверьте, что в её папку можно писать и диск не заполнен, закройте другие запущенные msdesk и перезапустите.</translation>
        </message>
        <message>
            <source>The chat history was written by a newer version of msdesk (schema {version}); it was kept as {backup} and msdesk started a new, empty history. Update msdesk to see the old conversations again.</source>
            <translation>История чатов записана более новой версией msdesk (схема {version}); она сохранена как {backup}, а msdesk начал новую, пустую историю. Обновите msdesk, чтобы снова увидеть старые чаты.</translation>
        </message>
        <message>
            <source>The chat history file could not be read ({problem}); it was kept as {backup} and msdesk started a new, empty history.</source>
            <translation>Не удалось прочитать файл истории чатов ({problem}); он сохранён как {backup}, а msdesk начал новую, пустую историю.</translation>
        </message>
        <message>
            <source>The chat history file was damaged ({problem}); it was kept as {backup} and msdesk recovered what could still be read ({conversations}, {messages}) into a new history.</source>
            <translation>Файл истории чатов повреждён ({problem}); он сохранён как {backup}, а msdesk перенёс всё, что удалось прочитать ({conversations}, {messages}), в новую историю.</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s)</source>
            <translation>
                <numerusform>%n чат</numerusform>
                <numerusform>%n чата</numerusform>
                <numerusform>%n чатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n message(s)</source>
            <translation>
                <numerusform>%n сообщение</numerusform>
                <numerusform>%n сообщения</numerusform>
                <numerusform>%n сообщений</numerusform>
            </translation>
        </message>
        <message>
            <source>The chat history file was damaged ({problem}); it was kept as {backup} and nothing in it could be read, so msdesk started a new, empty history.</source>
            <translation>Файл истории чатов повреждён ({problem}); он сохранён как {backup}. Прочитать из него ничего не удалось, поэтому msdesk начал новую, пустую историю.</translation>
        </message>
        <message>
            <source>the chat history is closed</source>
            <translation>история чатов закрыта</translation>
        </message>
    </context>
    <context>
        <name>core.hub</name>
        <message>
            <source>Unknown sort '{sort}'; use one of: {sorts}.</source>
            <translation>Неизвестная сортировка «{sort}»; используйте одну из: {sorts}.</translation>
        </message>
        <message>
            <source>The model library answered with something that is not a JSON object.</source>
            <translation>Библиотека моделей ответила чем-то, что не является объектом JSON.</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>причина не указана</translation>
        </message>
        <message>
            <source>The model library refused the search: {reason}.</source>
            <translation>Библиотека моделей отклонила поиск: {reason}.</translation>
        </message>
        <message>
            <source>The model library answered without a list of models.</source>
            <translation>Библиотека моделей ответила без списка моделей.</translation>
        </message>
        <message>
            <source>no details</source>
            <translation>без подробностей</translation>
        </message>
        <message>
            <source>The model library answered without model details ({reason}).</source>
            <translation>Библиотека моделей ответила без сведений о модели ({reason}).</translation>
        </message>
        <message>
            <source>the ModelScope model library</source>
            <translation>библиотека моделей ModelScope</translation>
        </message>
        <message>
            <source>Check the hub address or try again later.</source>
            <translation>Проверьте адрес библиотеки моделей или повторите попытку позже.</translation>
        </message>
        <message>
            <source>'{model}' is not a model ID; a model ID looks like owner/name.</source>
            <translation>«{model}» — не ID модели; ID модели имеет вид owner/name.</translation>
        </message>
        <message>
            <source>The model library has no model '{model}'. Check the ID (owner/name).</source>
            <translation>В библиотеке моделей нет модели «{model}». Проверьте ID (owner/name).</translation>
        </message>
        <message>
            <source>The model library has no model '{model}' ({reason}).</source>
            <translation>В библиотеке моделей нет модели «{model}» ({reason}).</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>не найдена</translation>
        </message>
    </context>
    <context>
        <name>core.i18n</name>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} и ещё %n</numerusform>
                <numerusform>{names} и ещё %n</numerusform>
                <numerusform>{names} и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} и {last}</translation>
        </message>
    </context>
    <context>
        <name>core.inference</name>
        <message>
            <source>The provider sent a malformed piece of the answer (not JSON).</source>
            <translation>Провайдер прислал часть ответа в неверном формате (не JSON).</translation>
        </message>
        <message>
            <source>The provider sent a piece of the answer that is not a JSON object.</source>
            <translation>Провайдер прислал часть ответа, которая не является объектом JSON.</translation>
        </message>
        <message>
            <source>The provider sent an answer whose 'choices' is not a list.</source>
            <translation>В ответе провайдера поле «choices» не является списком.</translation>
        </message>
        <message>
            <source>The provider sent an answer with a choice that is not an object.</source>
            <translation>В ответе провайдера есть элемент choice, который не является объектом.</translation>
        </message>
        <message>
            <source>The provider sent an answer whose message is not an object.</source>
            <translation>В ответе провайдера message не является объектом.</translation>
        </message>
        <message>
            <source>The provider sent an answer whose text is not a string.</source>
            <translation>В ответе провайдера текст не является строкой.</translation>
        </message>
        <message>
            <source>Try again; the raw answer is in the log.</source>
            <translation>Повторите попытку; исходный ответ записан в журнал.</translation>
        </message>
        <message>
            <source>{provider} answered without a choice of text.</source>
            <translation>{provider}: в ответе нет варианта с текстом.</translation>
        </message>
        <message>
            <source>{provider} answered without a message.</source>
            <translation>{provider}: в ответе нет сообщения.</translation>
        </message>
        <message>
            <source>{provider} answered with a message that has no text.</source>
            <translation>{provider}: в сообщении ответа нет текста.</translation>
        </message>
        <message>
            <source>{size} MiB</source>
            <translation>{size} МиБ</translation>
        </message>
        <message>
            <source>{size} KiB</source>
            <translation>{size} КиБ</translation>
        </message>
        <message>
            <source>{provider} sent a line of more than {size} in its stream: the answer was stopped there. What arrived before it is kept.</source>
            <translation>{provider} прислал в потоке строку длиннее {size}: ответ остановлен на ней. Полученное до неё сохранено.</translation>
        </message>
        <message>
            <source>The token for {provider} contains characters that cannot be sent (a stray quote or space from copying?). Copy it again and store it anew.</source>
            <translation>Токен для {provider} содержит символы, которые нельзя отправить (лишняя кавычка или пробел при копировании?). Скопируйте его заново и сохраните снова.</translation>
        </message>
        <message>
            <source>No token is stored for {provider}. Add one with '{command}' or in Settings (get it at {url}).</source>
            <translation>Для {provider} не сохранён токен. Добавьте его командой «{command}» или в настройках (получить: {url}).</translation>
        </message>
        <message>
            <source>No token is stored for {provider}. Add one with '{command}' or in Settings.</source>
            <translation>Для {provider} не сохранён токен. Добавьте его командой «{command}» или в настройках.</translation>
        </message>
        <message>
            <source>Check the API host in settings, or try again later.</source>
            <translation>Проверьте адрес API в настройках или повторите попытку позже.</translation>
        </message>
        <message>
            <source>{provider} did not stream an answer ({type}).</source>
            <translation>{provider} не передал ответ потоком ({type}).</translation>
        </message>
        <message>
            <source>no type</source>
            <translation>тип не указан</translation>
        </message>
        <message>
            <source>{provider} sent an answer longer than {count} Mi characters: it was stopped there. What arrived before is kept.</source>
            <translation>{provider} прислал ответ длиннее {count} млн символов: он остановлен на этом месте. Полученное до того сохранено.</translation>
        </message>
        <message>
            <source>{provider} ended its stream without any answer. Try again.</source>
            <translation>{provider} завершил поток без ответа. Повторите попытку.</translation>
        </message>
        <message>
            <source>The connection to {provider} closed before the answer was complete. What arrived is kept; try again for the rest.</source>
            <translation>{provider}: соединение закрылось до конца ответа. Полученное сохранено; повторите попытку, чтобы получить остальное.</translation>
        </message>
        <message>
            <source>{provider} answered /models without a model list.</source>
            <translation>{provider}: ответ на /models не содержит списка моделей.</translation>
        </message>
        <message>
            <source>{provider} answered without embeddings.</source>
            <translation>{provider}: в ответе нет эмбеддингов.</translation>
        </message>
        <message>
            <source>{provider} sent an embedding that is not a list of numbers.</source>
            <translation>{provider} прислал эмбеддинг, который не является списком чисел.</translation>
        </message>
        <message>
            <source>{provider} did not return a task id for the image.</source>
            <translation>{provider} не вернул ID задачи для изображения.</translation>
        </message>
        <message>
            <source>{provider} answered the task poll with no object.</source>
            <translation>{provider}: ответ на запрос о задаче не является объектом.</translation>
        </message>
        <message>
            <source>The image task succeeded but returned no image.</source>
            <translation>Задача изображения выполнена, но изображение не получено.</translation>
        </message>
        <message>
            <source>The image task failed: {reason}. Try another prompt or model.</source>
            <translation>Задача изображения не выполнена: {reason}. Попробуйте другой запрос или модель.</translation>
        </message>
        <message>
            <source>The image task failed. Try another prompt or model.</source>
            <translation>Задача изображения не выполнена. Попробуйте другой запрос или модель.</translation>
        </message>
        <message>
            <source>The image was not ready after {seconds} s. Try again later.</source>
            <translation>Изображение не готово и через {seconds} с. Повторите попытку позже.</translation>
        </message>
    </context>
    <context>
        <name>core.network</name>
        <message>
            <source>Settings → Network</source>
            <translation>Настройки → Сеть</translation>
        </message>
        <message>
            <source>e.g. {url}</source>
            <translation>например, {url}</translation>
        </message>
        <message>
            <source>No proxy URL is set. Enter one in {where} ({example}), or choose System or None.</source>
            <translation>Адрес прокси не задан. Укажите его в разделе «{where}» ({example}) или выберите «Системный» или «Без прокси».</translation>
        </message>
        <message>
            <source>The proxy URL '{url}' cannot be used: it must start with http://, https:// or socks5:// and name a host ({example}). Fix it in {where}.</source>
            <translation>Адрес прокси «{url}» нельзя использовать: он должен начинаться с http://, https:// или socks5:// и содержать имя хоста ({example}). Исправьте его в разделе «{where}».</translation>
        </message>
        <message>
            <source>SOCKS5 proxies need the optional Python package 'socksio', which is not installed. Install it ({command}) or use an http:// proxy.</source>
            <translation>Для прокси SOCKS5 нужен необязательный пакет Python «socksio», но он не установлен. Установите его ({command}) или используйте прокси http://.</translation>
        </message>
        <message>
            <source>Do not put the user name or password in the proxy URL: enter them in their own fields in {where}, which keep them in the keychain.</source>
            <translation>Не указывайте имя пользователя и пароль в адресе прокси: введите их в отдельные поля в разделе «{where}» — там они хранятся в хранилище ключей.</translation>
        </message>
        <message>
            <source>the custom proxy</source>
            <translation>пользовательский прокси</translation>
        </message>
        <message>
            <source>the system proxy</source>
            <translation>системный прокси</translation>
        </message>
        <message>
            <source>no proxy</source>
            <translation>без прокси</translation>
        </message>
        <message>
            <source>No answer from {what} within {seconds} s. Try again, or raise the first-byte timeout in {where}.</source>
            <translation>{what}: нет ответа в течение {seconds} с. Повторите попытку или увеличьте тайм-аут первого байта в разделе «{where}».</translation>
        </message>
        <message>
            <source>{what} sent no part of the answer for {seconds} s in the middle of it. Try again, or raise the idle timeout in {where}.</source>
            <translation>{what}: посреди ответа ничего не приходило {seconds} с. Повторите попытку или увеличьте тайм-аут простоя в разделе «{where}».</translation>
        </message>
        <message>
            <source>the provider</source>
            <translation>провайдер</translation>
        </message>
        <message>
            <source>the server</source>
            <translation>сервер</translation>
        </message>
        <message>
            <source>not trusted</source>
            <translation>недоверенный</translation>
        </message>
        <message>
            <source>The certificate of {host} failed verification ({reason}). msdesk always checks certificates: if your network uses its own root, add it to the system's trusted roots; otherwise check the API host in settings.</source>
            <translation>Сертификат {host} не прошёл проверку ({reason}). msdesk всегда проверяет сертификаты: если ваша сеть использует собственный корневой сертификат, добавьте его в доверенные корневые сертификаты системы; иначе проверьте адрес API в настройках.</translation>
        </message>
        <message>
            <source>The server name {host} does not exist (DNS found no address for it). Check the API host in settings, and your connection.</source>
            <translation>Имя сервера {host} не существует (DNS не нашёл для него адреса). Проверьте адрес API в настройках и подключение к сети.</translation>
        </message>
        <message>
            <source>The proxy {proxy} could not reach the server ({reason}). Try again, or check the proxy in {where}.</source>
            <translation>Прокси {proxy} не смог связаться с сервером ({reason}). Повторите попытку или проверьте прокси в разделе «{where}».</translation>
        </message>
        <message>
            <source>Could not connect through the proxy {proxy} ({reason}). Check that the proxy is running, or change it in {where}.</source>
            <translation>Не удалось подключиться через прокси {proxy} ({reason}). Проверьте, что прокси работает, или измените его в разделе «{where}».</translation>
        </message>
        <message>
            <source>The proxy {proxy} refused the request: it needs a user name and password (HTTP 407). Enter them, or fix them, in {where}.</source>
            <translation>Прокси {proxy} отклонил запрос: нужны имя пользователя и пароль (HTTP 407). Введите или исправьте их в разделе «{where}».</translation>
        </message>
    </context>
    <context>
        <name>core.provider_config</name>
        <message>
            <source>Chat (text generation)</source>
            <translation>Чат (генерация текста)</translation>
        </message>
        <message>
            <source>Vision chat (image + text)</source>
            <translation>Чат с изображениями (изображение + текст)</translation>
        </message>
        <message>
            <source>Image generation</source>
            <translation>Генерация изображений</translation>
        </message>
        <message>
            <source>Embedding</source>
            <translation>Эмбеддинги</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>OpenAI-compatible</source>
            <translation>Совместимый с OpenAI</translation>
        </message>
        <message>
            <source>ModelScope-compatible</source>
            <translation>Совместимый с ModelScope</translation>
        </message>
        <message>
            <source>Give the provider a name.</source>
            <translation>Дайте провайдеру имя.</translation>
        </message>
        <message>
            <source>Unknown provider type '{kind}'.</source>
            <translation>Неизвестный тип провайдера «{kind}».</translation>
        </message>
        <message>
            <source>Built-in providers cannot be renamed.</source>
            <translation>Встроенные провайдеры нельзя переименовать.</translation>
        </message>
        <message>
            <source>Built-in providers cannot be deleted; switch them off instead.</source>
            <translation>Встроенных провайдеров нельзя удалить; вместо этого отключите их.</translation>
        </message>
        <message>
            <source>{provider} has no region '{region}'.</source>
            <translation>У {provider} нет региона «{region}».</translation>
        </message>
        <message>
            <source>'{model}' is not in the list.</source>
            <translation>«{model}» нет в списке.</translation>
        </message>
    </context>
    <context>
        <name>core.providers</name>
        <message>
            <source>The API host is not a valid URL ({reason})</source>
            <translation>Адрес API — недопустимый URL ({reason})</translation>
        </message>
        <message>
            <source>The API host must start with http:// or https://</source>
            <translation>Адрес API должен начинаться с http:// или https://</translation>
        </message>
        <message>
            <source>The API host has no server name</source>
            <translation>В адресе API нет имени сервера</translation>
        </message>
        <message>
            <source>The API host cannot contain spaces</source>
            <translation>Адрес API не может содержать пробелы</translation>
        </message>
        <message>
            <source>China (Beijing)</source>
            <translation>Китай (Пекин)</translation>
        </message>
        <message>
            <source>International (Singapore)</source>
            <translation>Международный (Сингапур)</translation>
        </message>
        <message>
            <source>US (Virginia)</source>
            <translation>США (Виргиния)</translation>
        </message>
        <message>
            <source>An access token from {site} → Account settings → Access tokens.</source>
            <translation>Токен доступа с {site} → Настройки аккаунта → Токены доступа.</translation>
        </message>
        <message>
            <source>ModelScope International</source>
            <translation>ModelScope International</translation>
        </message>
        <message>
            <source>Alibaba Cloud Bailian</source>
            <translation>Alibaba Cloud Bailian</translation>
        </message>
        <message>
            <source>An API key from the Alibaba Cloud Bailian console (paid, its own quota).</source>
            <translation>Ключ API из консоли Alibaba Cloud Bailian (платный, со своей квотой).</translation>
        </message>
        <message>
            <source>Unknown provider '{provider}'. Known providers: {known}.</source>
            <translation>Неизвестный провайдер «{provider}». Известные провайдеры: {known}.</translation>
        </message>
    </context>
    <context>
        <name>core.quota</name>
        <message numerus="yes">
            <source>The usage file was damaged ({problem}); it was kept as {file} and the %n call(s) that could still be read were kept.</source>
            <translation>
                <numerusform>Файл статистики повреждён ({problem}); он сохранён как {file}, из него удалось восстановить %n вызов.</numerusform>
                <numerusform>Файл статистики повреждён ({problem}); он сохранён как {file}, из него удалось восстановить %n вызова.</numerusform>
                <numerusform>Файл статистики повреждён ({problem}); он сохранён как {file}, из него удалось восстановить %n вызовов.</numerusform>
            </translation>
        </message>
        <message>
            <source>The usage file was damaged ({problem}); it was kept as {file} and counting starts again.</source>
            <translation>Файл статистики повреждён ({problem}); он сохранён как {file}, подсчёт начинается заново.</translation>
        </message>
        <message>
            <source>The usage file was written by a newer msdesk (layout {version}); it was kept as {file} and counting starts again.</source>
            <translation>Файл статистики записан более новой версией msdesk (формат {version}); он сохранён как {file}, подсчёт начинается заново.</translation>
        </message>
    </context>
    <context>
        <name>core.ratelimit</name>
        <message>
            <source>model {left} / {limit}</source>
            <translation>модель {left} / {limit}</translation>
        </message>
        <message>
            <source>at 00:00 UTC+8 (in {hours}h {minutes}m)</source>
            <translation>в 00:00 UTC+8 (через {hours} ч {minutes} мин)</translation>
        </message>
        <message>
            <source>at 00:00 UTC+8 ({time} your time, in {hours}h {minutes}m)</source>
            <translation>в 00:00 UTC+8 ({time} по вашему времени, через {hours} ч {minutes} мин)</translation>
        </message>
    </context>
    <context>
        <name>core.secret_store</name>
        <message>
            <source>Tokens are kept for this session only ({setting}).</source>
            <translation>Токены хранятся только до конца сеанса ({setting}).</translation>
        </message>
        <message>
            <source>The OS keychain could not be loaded ({reason}): tokens are kept for this session only.</source>
            <translation>Не удалось загрузить хранилище ключей ОС ({reason}): токены хранятся только до конца сеанса.</translation>
        </message>
        <message>
            <source>No OS keychain was found, so tokens are kept for this session only (on Linux: install and unlock GNOME Keyring or KWallet).</source>
            <translation>Хранилище ключей ОС не найдено, поэтому токены хранятся только до конца сеанса (в Linux установите и разблокируйте GNOME Keyring или KWallet).</translation>
        </message>
        <message>
            <source>The keyring backend {backend} does not encrypt secrets, so msdesk does not use it: tokens are kept for this session only.</source>
            <translation>Хранилище ключей {backend} не шифрует секреты, поэтому msdesk его не использует: токены хранятся только до конца сеанса.</translation>
        </message>
        <message>
            <source>Tokens are kept for this session only.</source>
            <translation>Токены хранятся только до конца сеанса.</translation>
        </message>
        <message>
            <source>The keychain is closed because msdesk is shutting down.</source>
            <translation>Хранилище ключей закрыто: msdesk завершает работу.</translation>
        </message>
        <message>
            <source>The keychain did not answer within {seconds} s. It may be locked and waiting for a password: unlock it and try again.</source>
            <translation>Хранилище ключей не ответило за {seconds} с. Возможно, оно заблокировано и ждёт пароль: разблокируйте его и повторите попытку.</translation>
        </message>
        <message>
            <source>The keychain refused the request ({reason}). Unlock it and try again.</source>
            <translation>Хранилище ключей отклонило запрос ({reason}). Разблокируйте его и повторите попытку.</translation>
        </message>
        <message>
            <source>{reason} Tokens are kept for this session only.</source>
            <translation>{reason} Токены хранятся только до конца сеанса.</translation>
        </message>
        <message>
            <source>A token labelled '{label}' already exists.</source>
            <translation>Токен с именем «{label}» уже существует.</translation>
        </message>
        <message>
            <source>No token labelled '{label}' is stored any more; add it again.</source>
            <translation>Токен «{label}» больше не сохранён; добавьте его снова.</translation>
        </message>
    </context>
    <context>
        <name>core.services</name>
        <message>
            <source>{problem} Until then, every request fails.</source>
            <translation>{problem} До тех пор все запросы будут завершаться ошибкой.</translation>
        </message>
        <message>
            <source>The proxy's user name and password could not be read from the keychain: {reason}</source>
            <translation>Не удалось прочитать имя пользователя и пароль прокси из хранилища ключей: {reason}</translation>
        </message>
        <message>
            <source>No secure OS keychain is available: tokens are kept for this session only.</source>
            <translation>Защищённое хранилище ключей ОС недоступно: токены хранятся только до конца сеанса.</translation>
        </message>
        <message>
            <source>No token labelled '{label}' is stored for {provider}. See '{command}'.</source>
            <translation>Для {provider} нет сохранённого токена «{label}». См. «{command}».</translation>
        </message>
        <message>
            <source> ({note})</source>
            <translation> ({note})</translation>
        </message>
        <message>
            <source>No token is stored for {provider}{keychain}. Add one with '{command}' or in Settings. Get one at {url}.</source>
            <translation>Для {provider} не сохранён токен{keychain}. Добавьте его командой «{command}» или в настройках. Получить токен можно на {url}.</translation>
        </message>
        <message>
            <source>No token is stored for {provider}{keychain}. Add one with '{command}' or in Settings.</source>
            <translation>Для {provider} не сохранён токен{keychain}. Добавьте его командой «{command}» или в настройках.</translation>
        </message>
    </context>
    <context>
        <name>core.settings</name>
        <message>
            <source>{where} (needs an id and an api_base)</source>
            <translation>{where} (нужны id и api_base)</translation>
        </message>
        <message>
            <source>{where} (needs a provider_id and a model)</source>
            <translation>{where} (нужны provider_id и model)</translation>
        </message>
        <message>
            <source>the settings file does not hold a JSON object</source>
            <translation>файл настроек не содержит объект JSON</translation>
        </message>
        <message>
            <source>Could not read the settings file ({reason}); starting with defaults.</source>
            <translation>Не удалось прочитать файл настроек ({reason}); используются настройки по умолчанию.</translation>
        </message>
        <message>
            <source>not a JSON object</source>
            <translation>это не объект JSON</translation>
        </message>
        <message>
            <source>no valid version number</source>
            <translation>нет допустимого номера версии</translation>
        </message>
        <message>
            <source>The settings file was written by a newer msdesk (version {version}); it was kept as {backup} and msdesk started with defaults.</source>
            <translation>Файл настроек записан более новой версией msdesk (версия {version}); он сохранён как {backup}, а msdesk запущен с настройками по умолчанию.</translation>
        </message>
        <message>
            <source>Some settings had values msdesk could not use ({problems}); they are back to their defaults. The original file was kept as {backup}.</source>
            <translation>Некоторые настройки имели значения, которые msdesk не может использовать ({problems}); они сброшены к значениям по умолчанию. Исходный файл сохранён как {backup}.</translation>
        </message>
        <message>
            <source>it is nested too deeply</source>
            <translation>слишком глубокая вложенность</translation>
        </message>
        <message>
            <source>it is not valid JSON</source>
            <translation>это недопустимый JSON</translation>
        </message>
        <message>
            <source>The settings file could not be read ({reason}); it was kept as {backup} and msdesk started with defaults.</source>
            <translation>Не удалось прочитать файл настроек ({reason}); он сохранён как {backup}, а msdesk запущен с настройками по умолчанию.</translation>
        </message>
        <message>
            <source>refusing to write something that looks like a token to settings</source>
            <translation>отказ записывать в настройки то, что похоже на токен</translation>
        </message>
        <message>
            <source>the settings file is still being written</source>
            <translation>файл настроек ещё записывается</translation>
        </message>
        <message>
            <source>unknown version {version}</source>
            <translation>неизвестная версия {version}</translation>
        </message>
    </context>
    <context>
        <name>core.tokens</name>
        <message>
            <source>A token label must be 1 to 64 characters, without '/' or control characters.</source>
            <translation>Имя токена должно содержать от 1 до 64 символов, без «/» и управляющих символов.</translation>
        </message>
        <message>
            <source>A token labelled “{label}” already exists: pick another label.</source>
            <translation>Токен с именем «{label}» уже существует: выберите другое имя.</translation>
        </message>
        <message>
            <source>Paste the token first.</source>
            <translation>Сначала вставьте токен.</translation>
        </message>
        <message>
            <source>That is far longer than any token: copy the token again.</source>
            <translation>Это намного длиннее любого токена: скопируйте токен ещё раз.</translation>
        </message>
        <message>
            <source>The token has characters that cannot be sent (a stray quote from copying?): copy it again.</source>
            <translation>В токене есть символы, которые нельзя отправить (лишняя кавычка при копировании?): скопируйте его ещё раз.</translation>
        </message>
        <message>
            <source>This looks like the token already stored as “{label}”.</source>
            <translation>Похоже, это токен, уже сохранённый как «{label}».</translation>
        </message>
        <message>
            <source>This does not look like a ModelScope token (“ms-” and 36 letters, digits and dashes). Check that you copied all of it; you can still save it.</source>
            <translation>Это не похоже на токен ModelScope («ms-» и 36 букв, цифр и дефисов). Проверьте, что скопировали его целиком; сохранить всё равно можно.</translation>
        </message>
        <message>
            <source>{provider} keys usually start with “{prefix}”. Check that you copied the right one.</source>
            <translation>Ключи {provider} обычно начинаются с «{prefix}». Проверьте, что скопировали нужный.</translation>
        </message>
        <message>
            <source>No token labelled '{label}' is stored any more.</source>
            <translation>Токен «{label}» больше не сохранён.</translation>
        </message>
    </context>
    <context>
        <name>ui.app</name>
        <message>
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <source>msdesk could not start its services: {error}</source>
            <translation>msdesk не удалось запустить свои службы: {error}</translation>
        </message>
        <message>
            <source>Services unavailable</source>
            <translation>Службы недоступны</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>msdesk is already running: its window was brought forward.</source>
            <translation>msdesk уже запущен: его окно выведено на передний план.</translation>
        </message>
        <message>
            <source>msdesk is already running (process {pid}) but does not answer: close it, or end that process, and start again.</source>
            <translation>msdesk уже запущен (процесс {pid}), но не отвечает: закройте его или завершите этот процесс и запустите снова.</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.composer</name>
        <message>
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <source>Message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>Сообщение… (Enter — отправить, Shift+Enter — новая строка)</translation>
        </message>
        <message>
            <source>Message… (Ctrl+Enter sends, Enter for a new line)</source>
            <translation>Сообщение… (Ctrl+Enter — отправить, Enter — новая строка)</translation>
        </message>
        <message>
            <source>Editing your message: Enter sends it as a new version, Esc cancels.</source>
            <translation>Редактирование сообщения: Enter отправит его как новую версию, Esc — отмена.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Image…</source>
            <translation>Изображение…</translation>
        </message>
        <message>
            <source>Attach an image for a vision model</source>
            <translation>Прикрепить изображение для визуальной модели</translation>
        </message>
        <message>
            <source>Attach an image</source>
            <translation>Прикрепить изображение</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <source>Send (Enter)</source>
            <translation>Отправить (Enter)</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Стоп</translation>
        </message>
        <message>
            <source>Stop the answer (Esc); what arrived is kept</source>
            <translation>Остановить ответ (Esc); полученная часть сохранится</translation>
        </message>
        <message>
            <source>Send (Ctrl+Enter)</source>
            <translation>Отправить (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>{name} is larger than {size} MB; choose a smaller image.</source>
            <translation>{name} больше {size} МБ; выберите изображение поменьше.</translation>
        </message>
        <message>
            <source>{name} is not an image msdesk can read (PNG, JPEG, WebP, GIF, BMP).</source>
            <translation>msdesk не может прочитать {name} как изображение (PNG, JPEG, WebP, GIF, BMP).</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Убрать {name}</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.conversation_list</name>
        <message>
            <source>Search chats</source>
            <translation>Поиск чатов</translation>
        </message>
        <message>
            <source>Search conversations</source>
            <translation>Поиск по чатам</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Новый чат</translation>
        </message>
        <message>
            <source>Start a new conversation (Ctrl+N)</source>
            <translation>Начать новый чат (Ctrl+N)</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Чаты</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <source>Export to Markdown…</source>
            <translation>Экспорт в Markdown…</translation>
        </message>
        <message>
            <source>no model</source>
            <translation>без модели</translation>
        </message>
        <message>
            <source>An answer is streaming in this chat</source>
            <translation>В этом чате идёт ответ</translation>
        </message>
        <message>
            <source>{title}, an answer is streaming</source>
            <translation>{title}, идёт ответ</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.markdown_stream</name>
        <message>
            <source>code</source>
            <translation>код</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Копировать</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.message_widget</name>
        <message numerus="yes">
            <source>{prompt} prompt · %n completion tokens</source>
            <translation>
                <numerusform>вход {prompt} · выход %n токен</numerusform>
                <numerusform>вход {prompt} · выход %n токена</numerusform>
                <numerusform>вход {prompt} · выход %n токенов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n completion tokens</source>
            <translation>
                <numerusform>выход %n токен</numerusform>
                <numerusform>выход %n токена</numerusform>
                <numerusform>выход %n токенов</numerusform>
            </translation>
        </message>
        <message>
            <source>first token {seconds} s</source>
            <translation>первый токен через {seconds} с</translation>
        </message>
        <message>
            <source>{rate} tokens/s</source>
            <translation>{rate} токенов/с</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} с</translation>
        </message>
        <message>
            <source>Another provider</source>
            <translation>Другой провайдер</translation>
        </message>
        <message>
            <source>{answered} answered after {provider}'s tokens were spent</source>
            <translation>Ответил {answered}: квота токенов {provider} исчерпана</translation>
        </message>
        <message>
            <source>token “{label}”</source>
            <translation>токен «{label}»</translation>
        </message>
        <message>
            <source>{provider}, token “{label}” after {passed_over}</source>
            <translation>{provider}, токен «{label}», так как {passed_over}</translation>
        </message>
        <message>
            <source>Token “{label}” after {passed_over}</source>
            <translation>Токен «{label}», так как {passed_over}</translation>
        </message>
        <message>
            <source>{provider}, token “{label}”</source>
            <translation>{provider}, токен «{label}»</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>без имени</translation>
        </message>
        <message>
            <source>token “{name}” was over its request limit</source>
            <translation>токен «{name}» превысил лимит запросов</translation>
        </message>
        <message>
            <source>token “{name}” was spent for this model</source>
            <translation>квота токена «{name}» для этой модели исчерпана</translation>
        </message>
        <message>
            <source>token “{name}” was spent</source>
            <translation>квота токена «{name}» исчерпана</translation>
        </message>
        <message>
            <source>tokens {names} were over their request limits</source>
            <translation>токены {names} превысили лимиты запросов</translation>
        </message>
        <message>
            <source>tokens {names} were spent for this model</source>
            <translation>квоты токенов {names} для этой модели исчерпаны</translation>
        </message>
        <message>
            <source>tokens {names} were spent</source>
            <translation>квоты токенов {names} исчерпаны</translation>
        </message>
        <message>
            <source>{earlier} and {later}</source>
            <translation>{earlier}, а {later}</translation>
        </message>
        <message>
            <source>“{name}”</source>
            <comment>a token's name in quotes</comment>
            <translation>«{name}»</translation>
        </message>
        <message>
            <source>Thinking</source>
            <translation>Рассуждения</translation>
        </message>
        <message>
            <source>Thinking text</source>
            <translation>Текст рассуждений</translation>
        </message>
        <message>
            <source>Thinking…</source>
            <translation>Рассуждает…</translation>
        </message>
        <message>
            <source>Thought for {seconds} s</source>
            <translation>Рассуждения: {seconds} с</translation>
        </message>
        <message>
            <source>Thinking… {seconds} s</source>
            <translation>Рассуждает… {seconds} с</translation>
        </message>
        <message>
            <source>Show or hide the model's reasoning</source>
            <translation>Показать или скрыть рассуждения модели</translation>
        </message>
        <message>
            <source>Your message</source>
            <translation>Ваше сообщение</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>You</source>
            <translation>Вы</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Ассистент</translation>
        </message>
        <message>
            <source>Copy ▾</source>
            <translation>Копировать ▾</translation>
        </message>
        <message>
            <source>Copy this message (as Markdown or plain text)</source>
            <translation>Копировать сообщение (Markdown или обычный текст)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Edit and send again (the earlier version stays)</source>
            <translation>Изменить и отправить снова (прежняя версия сохранится)</translation>
        </message>
        <message>
            <source>Regenerate</source>
            <translation>Заново</translation>
        </message>
        <message>
            <source>Answer again (the earlier answer stays as a version)</source>
            <translation>Ответить заново (прежний ответ сохранится как версия)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete this message</source>
            <translation>Удалить это сообщение</translation>
        </message>
        <message>
            <source>Earlier version</source>
            <translation>Предыдущая версия</translation>
        </message>
        <message>
            <source>Later version</source>
            <translation>Следующая версия</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Ask again (a new version of this answer)</source>
            <translation>Спросить снова (новая версия этого ответа)</translation>
        </message>
        <message>
            <source>Copy as Markdown</source>
            <translation>Копировать как Markdown</translation>
        </message>
        <message>
            <source>Copy as plain text</source>
            <translation>Копировать как обычный текст</translation>
        </message>
        <message>
            <source>Stopped. The answer above is partial.</source>
            <translation>Остановлено. Ответ выше неполный.</translation>
        </message>
        <message>
            <source>The answer was cut off; what arrived is kept.</source>
            <translation>Ответ оборвался; полученная часть сохранена.</translation>
        </message>
        <message>
            <source>The request failed.</source>
            <translation>Запрос не выполнен.</translation>
        </message>
        <message>
            <source>This answer was interrupted before it finished.</source>
            <translation>Этот ответ был прерван до завершения.</translation>
        </message>
        <message>
            <source>Open Settings at this provider's tokens</source>
            <translation>Открыть настройки токенов этого провайдера</translation>
        </message>
        <message>
            <source>Open Settings at this provider</source>
            <translation>Открыть настройки этого провайдера</translation>
        </message>
        <message>
            <source>Open the Models page (the API-Inference filter shows what is served)</source>
            <translation>Открыть страницу «Модели» (фильтр API-Inference покажет доступные модели)</translation>
        </message>
        <message>
            <source>[image: {name}]</source>
            <translation>[изображение: {name}]</translation>
        </message>
        <message>
            <source>{name} ({size} KB)</source>
            <translation>{name} ({size} КБ)</translation>
        </message>
        <message>
            <source>Save image…</source>
            <translation>Сохранить изображение…</translation>
        </message>
        <message>
            <source>Waiting for the first token…</source>
            <translation>Ожидание первого токена…</translation>
        </message>
        <message>
            <source>Copied as Markdown</source>
            <translation>Скопировано как Markdown</translation>
        </message>
        <message>
            <source>Copied as plain text</source>
            <translation>Скопировано как обычный текст</translation>
        </message>
        <message>
            <source>Copy your message of {time}</source>
            <translation>Копировать ваше сообщение от {time}</translation>
        </message>
        <message>
            <source>Edit your message of {time}</source>
            <translation>Изменить ваше сообщение от {time}</translation>
        </message>
        <message>
            <source>Delete your message of {time}</source>
            <translation>Удалить ваше сообщение от {time}</translation>
        </message>
        <message>
            <source>Copy the answer of {time}</source>
            <translation>Копировать ответ от {time}</translation>
        </message>
        <message>
            <source>Regenerate the answer of {time}</source>
            <translation>Создать заново ответ от {time}</translation>
        </message>
        <message>
            <source>Delete the answer of {time}</source>
            <translation>Удалить ответ от {time}</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.model_picker</name>
        <message>
            <source>{label}, current model</source>
            <translation>{label}, текущая модель</translation>
        </message>
        <message>
            <source>Choose a model</source>
            <translation>Выбор модели</translation>
        </message>
        <message>
            <source>Search models (ID, name or provider)…</source>
            <translation>Поиск моделей (ID, название или провайдер)…</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>Поиск моделей</translation>
        </message>
        <message>
            <source>Type to filter; Up and Down choose a model, Enter picks it, Esc closes</source>
            <translation>Введите текст для фильтра; стрелки вверх и вниз выбирают модель, Enter — выбрать, Esc — закрыть</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>No model matches “{query}”</source>
            <translation>Нет моделей по запросу «{query}»</translation>
        </message>
        <message>
            <source>No models yet: add them in Settings → Model providers.</source>
            <translation>Моделей пока нет: добавьте их в «Настройки → Провайдеры моделей».</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>The model this conversation talks to (Ctrl+M: search the models)</source>
            <translation>Модель этого чата (Ctrl+M — поиск моделей)</translation>
        </message>
        <message>
            <source>{provider} models</source>
            <translation>Модели {provider}</translation>
        </message>
        <message>
            <source>image</source>
            <translation>изображения</translation>
        </message>
        <message>
            <source>vision</source>
            <translation>зрение</translation>
        </message>
        <message>
            <source>{model} on {provider}</source>
            <translation>{model} ({provider})</translation>
        </message>
        <message>
            <source>(not in the provider's list)</source>
            <translation>(нет в списке провайдера)</translation>
        </message>
        <message>
            <source>No model chosen</source>
            <translation>Модель не выбрана</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.page</name>
        <message>
            <source>New chat</source>
            <translation>Новый чат</translation>
        </message>
        <message>
            <source>Think</source>
            <translation>Рассуждать</translation>
        </message>
        <message>
            <source>Let the model reason before answering (enable_thinking). Off answers faster.</source>
            <translation>Модель рассуждает перед ответом (enable_thinking). Если выключить, ответ придёт быстрее.</translation>
        </message>
        <message>
            <source>Parameters…</source>
            <translation>Параметры…</translation>
        </message>
        <message>
            <source>System prompt, temperature, top_p, max tokens, context</source>
            <translation>Системный промпт, temperature, top_p, макс. токенов, контекст</translation>
        </message>
        <message>
            <source>Export and options</source>
            <translation>Экспорт и настройки</translation>
        </message>
        <message>
            <source>More</source>
            <translation>Ещё</translation>
        </message>
        <message>
            <source>Export to Markdown…</source>
            <translation>Экспорт в Markdown…</translation>
        </message>
        <message>
            <source>Export with thinking…</source>
            <translation>Экспорт с рассуждениями…</translation>
        </message>
        <message>
            <source>Enter sends (Shift+Enter: new line)</source>
            <translation>Enter отправляет (Shift+Enter — новая строка)</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Bring the conversation back (Ctrl+Z)</source>
            <translation>Вернуть чат (Ctrl+Z)</translation>
        </message>
        <message>
            <source>an answer is streaming</source>
            <translation>идёт ответ</translation>
        </message>
        <message>
            <source>Choose a model above; add models in Settings → Model providers.</source>
            <translation>Выберите модель выше; добавить модели можно в «Настройки → Провайдеры моделей».</translation>
        </message>
        <message>
            <source>No model to talk to yet. Add a token and models in Settings → Model providers.</source>
            <translation>Пока нет модели для чата. Добавьте токен доступа и модели в «Настройки → Провайдеры моделей».</translation>
        </message>
        <message>
            <source>Describe the image to generate…</source>
            <translation>Опишите изображение, которое нужно создать…</translation>
        </message>
        <message>
            <source>Message… (Enter sends, Shift+Enter for a new line)</source>
            <translation>Сообщение… (Enter — отправить, Shift+Enter — новая строка)</translation>
        </message>
        <message>
            <source>Message… (Ctrl+Enter sends, Enter for a new line)</source>
            <translation>Сообщение… (Ctrl+Enter — отправить, Enter — новая строка)</translation>
        </message>
        <message>
            <source>Describe an image to generate with {model} ({provider}).</source>
            <translation>Опишите изображение, и его создаст {model} ({provider}).</translation>
        </message>
        <message>
            <source>Ask {model} ({provider}).</source>
            <translation>Задайте вопрос модели {model} ({provider}).</translation>
        </message>
        <message>
            <source>No token is stored for {provider}: &lt;a href="{link}"&gt;add one in Settings&lt;/a&gt; before sending.</source>
            <translation>Для {provider} не сохранён токен доступа: &lt;a href="{link}"&gt;добавьте его в настройках&lt;/a&gt; перед отправкой.</translation>
        </message>
        <message>
            <source>Could not save the change: {error}</source>
            <translation>Не удалось сохранить изменение: {error}</translation>
        </message>
        <message>
            <source>Deleted “{title}”.</source>
            <translation>Чат «{title}» удалён.</translation>
        </message>
        <message>
            <source>Conversation restored</source>
            <translation>Чат восстановлен</translation>
        </message>
        <message>
            <source>Could not save the option: {error}</source>
            <translation>Не удалось сохранить настройку: {error}</translation>
        </message>
        <message>
            <source>Choose a model first.</source>
            <translation>Сначала выберите модель.</translation>
        </message>
        <message>
            <source>a new chat</source>
            <translation>новый чат</translation>
        </message>
        <message>
            <source>another chat</source>
            <translation>другой чат</translation>
        </message>
        <message>
            <source>An answer is streaming in “{title}”: open that chat to stop it, or wait for it to end.</source>
            <translation>В чате «{title}» идёт ответ: откройте этот чат, чтобы остановить его, или дождитесь окончания.</translation>
        </message>
        <message>
            <source>Delete message</source>
            <translation>Удаление сообщения</translation>
        </message>
        <message>
            <source>Delete this message? The messages after it stay in the conversation.</source>
            <translation>Удалить это сообщение? Сообщения после него останутся в чате.</translation>
        </message>
        <message>
            <source>Nothing to export yet: send a message first.</source>
            <translation>Пока нечего экспортировать: сначала отправьте сообщение.</translation>
        </message>
        <message>
            <source>Export conversation</source>
            <translation>Экспорт чата</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Could not export to {path}: {error}</source>
            <translation>Не удалось экспортировать в {path}: {error}</translation>
        </message>
        <message>
            <source>Exported to {path}</source>
            <translation>Экспортировано в {path}</translation>
        </message>
        <message>
            <source>Attach an image</source>
            <translation>Прикрепить изображение</translation>
        </message>
        <message>
            <source>Images (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</source>
            <translation>Изображения (*.png *.jpg *.jpeg *.webp *.gif *.bmp)</translation>
        </message>
        <message>
            <source>Could not read {path}: {error}</source>
            <translation>Не удалось прочитать {path}: {error}</translation>
        </message>
        <message>
            <source>Save image</source>
            <translation>Сохранение изображения</translation>
        </message>
        <message>
            <source>PNG image (*.png);;All files (*)</source>
            <translation>Изображение PNG (*.png);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Could not save the image: {error}</source>
            <translation>Не удалось сохранить изображение: {error}</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>Сохранено: {path}</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.params_dialog</name>
        <message>
            <source>Conversation parameters</source>
            <translation>Параметры чата</translation>
        </message>
        <message>
            <source>For this conversation only (model: {model}).</source>
            <translation>Только для этого чата (модель: {model}).</translation>
        </message>
        <message>
            <source>Optional instructions sent before the conversation</source>
            <translation>Необязательные инструкции, которые отправляются в начале чата</translation>
        </message>
        <message>
            <source>System prompt</source>
            <translation>Системный промпт</translation>
        </message>
        <message>
            <source>Model default</source>
            <translation>По умолчанию</translation>
        </message>
        <message>
            <source>{setting}: {choice}</source>
            <translation>{setting}: {choice}</translation>
        </message>
        <message>
            <source>Temperature</source>
            <translation>Температура</translation>
        </message>
        <message>
            <source>Top p</source>
            <translation>Top p</translation>
        </message>
        <message>
            <source>Max tokens</source>
            <translation>Макс. токенов</translation>
        </message>
        <message>
            <source>Earlier messages sent</source>
            <translation>Предыдущих сообщений</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <source>How many earlier messages go with each new one (0: none)</source>
            <translation>Сколько предыдущих сообщений отправлять с каждым новым (0 — ни одного)</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.transcript</name>
        <message>
            <source>Conversation</source>
            <translation>Чат</translation>
        </message>
        <message>
            <source>Code copied</source>
            <translation>Код скопирован</translation>
        </message>
        <message>
            <source>Scroll up for older messages</source>
            <translation>Прокрутите вверх, чтобы увидеть более ранние сообщения</translation>
        </message>
        <message>
            <source>Loading older messages…</source>
            <translation>Загрузка более ранних сообщений…</translation>
        </message>
    </context>
    <context>
        <name>ui.chat.turn_view</name>
        <message>
            <source>Stopped; the partial answer is kept</source>
            <translation>Остановлено; часть ответа сохранена</translation>
        </message>
    </context>
    <context>
        <name>ui.crash</name>
        <message>
            <source>msdesk: something went wrong</source>
            <translation>msdesk: что-то пошло не так</translation>
        </message>
        <message>
            <source>msdesk hit an unexpected error and keeps running, but the last action may not have finished.
The report below has access tokens masked; copy it into a bug report.</source>
            <translation>msdesk столкнулся с непредвиденной ошибкой и продолжает работать, но последнее действие могло не завершиться.
В отчёте ниже токены доступа скрыты; скопируйте его в сообщение об ошибке.</translation>
        </message>
        <message>
            <source>Error report</source>
            <translation>Отчёт об ошибке</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>Копировать отчёт</translation>
        </message>
        <message numerus="yes">
            <source>msdesk: %n errors</source>
            <translation>
                <numerusform>msdesk: %n ошибка</numerusform>
                <numerusform>msdesk: %n ошибки</numerusform>
                <numerusform>msdesk: %n ошибок</numerusform>
            </translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
    </context>
    <context>
        <name>ui.main_window</name>
        <message>
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <source>Talk to the models that ModelScope serves through API-Inference.</source>
            <translation>Общайтесь с моделями, которые ModelScope предоставляет через API-Inference.</translation>
        </message>
        <message>
            <source>Conversations listed on the left, the open one on the right</source>
            <translation>Список чатов слева, открытый чат справа</translation>
        </message>
        <message>
            <source>Answers stream in as they are written, and Stop halts them at once</source>
            <translation>Ответы появляются по мере написания, а «Стоп» сразу их прерывает</translation>
        </message>
        <message>
            <source>Pick the model for each conversation from the ones API-Inference serves</source>
            <translation>Выбор модели для каждого чата среди доступных через API-Inference</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>Browse the ModelScope model library.</source>
            <translation>Просмотр библиотеки моделей ModelScope.</translation>
        </message>
        <message>
            <source>Search by name, task and organisation</source>
            <translation>Поиск по названию, задаче и организации</translation>
        </message>
        <message>
            <source>A filter for the models API-Inference can run</source>
            <translation>Фильтр моделей, доступных в API-Inference</translation>
        </message>
        <message>
            <source>Open a model card, or start a chat with the model</source>
            <translation>Открыть карточку модели или начать с ней чат</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Your ModelScope access token and how msdesk behaves.</source>
            <translation>Ваш токен доступа ModelScope и поведение msdesk.</translation>
        </message>
        <message>
            <source>The access token, kept in the system keychain, never in a plain file</source>
            <translation>Токен доступа хранится в системном хранилище ключей, а не в обычном файле</translation>
        </message>
        <message>
            <source>A check that the token works, and how much of today's quota is left</source>
            <translation>Проверка токена и остатка квоты на сегодня</translation>
        </message>
        <message>
            <source>Default model, request timeouts and where the logs are</source>
            <translation>Модель по умолчанию, тайм-ауты запросов и расположение журналов</translation>
        </message>
        <message>
            <source>Coming here</source>
            <translation>Здесь будет</translation>
        </message>
        <message>
            <source>•  {item}</source>
            <comment>a bulleted list item</comment>
            <translation>•  {item}</translation>
        </message>
        <message>
            <source>{page} page</source>
            <translation>Страница «{page}»</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Навигация</translation>
        </message>
        <message>
            <source>Show the {page} page</source>
            <translation>Показать страницу «{page}»</translation>
        </message>
        <message>
            <source>{page}  ({shortcut})</source>
            <translation>{page}  ({shortcut})</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Справка</translation>
        </message>
        <message>
            <source>Keyboard shortcuts (F1), about msdesk</source>
            <translation>Сочетания клавиш (F1), о программе msdesk</translation>
        </message>
        <message numerus="yes">
            <source>Started with %n warning(s)</source>
            <translation>
                <numerusform>Запущено с предупреждениями: %n</numerusform>
                <numerusform>Запущено с предупреждениями: %n</numerusform>
                <numerusform>Запущено с предупреждениями: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Start-up warnings</source>
            <translation>Предупреждения при запуске</translation>
        </message>
        <message>
            <source>Dismiss warnings</source>
            <translation>Скрыть предупреждения</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>About msdesk</source>
            <translation>О программе msdesk</translation>
        </message>
        <message>
            <source>&lt;b&gt;msdesk&lt;/b&gt; {version}&lt;br&gt;A desktop app for ModelScope's model library and API-Inference: your access tokens stay in the system keychain.</source>
            <translation>&lt;b&gt;msdesk&lt;/b&gt; {version}&lt;br&gt;Настольное приложение для библиотеки моделей ModelScope и API-Inference: ваши токены доступа хранятся в системном хранилище ключей.</translation>
        </message>
        <message>
            <source>Quit msdesk?</source>
            <translation>Выйти из msdesk?</translation>
        </message>
        <message>
            <source>Work is still in progress: {work}.</source>
            <translation>Работа ещё не завершена: {work}.</translation>
        </message>
        <message>
            <source>; </source>
            <comment>separator between pieces of work</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>Quitting stops it. Quit anyway?</source>
            <translation>Выход прервёт её. Всё равно выйти?</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выйти</translation>
        </message>
        <message>
            <source>Keep working</source>
            <translation>Продолжить работу</translation>
        </message>
    </context>
    <context>
        <name>ui.markdown_html</name>
        <message>
            <source>image</source>
            <comment>an image without a description</comment>
            <translation>изображение</translation>
        </message>
        <message>
            <source>[image: {alt}]</source>
            <translation>[изображение: {alt}]</translation>
        </message>
        <message>
            <source>Open the image in the browser</source>
            <translation>Открыть изображение в браузере</translation>
        </message>
    </context>
    <context>
        <name>ui.models.detail</name>
        <message>
            <source>Chat with this model</source>
            <translation>Чат с этой моделью</translation>
        </message>
        <message>
            <source>Open a new chat with this model</source>
            <translation>Открыть новый чат с этой моделью</translation>
        </message>
        <message>
            <source>Draw an image</source>
            <translation>Создать изображение</translation>
        </message>
        <message>
            <source>Open a new chat with this image model: describe the picture in a message and send it</source>
            <translation>Открыть новый чат с этой моделью генерации изображений: опишите изображение в сообщении и отправьте его</translation>
        </message>
        <message>
            <source>No chat with this model: an embedding model turns text into vectors for search and retrieval, it does not answer. Programs call it through the API-Inference embeddings endpoint.</source>
            <translation>Чат с этой моделью невозможен: модель эмбеддингов превращает текст в векторы для поиска и извлечения и не отвечает. Программы вызывают её через эндпоинт embeddings в API-Inference.</translation>
        </message>
        <message>
            <source>No chat with this model: it is a model of another kind. msdesk chats with text and vision models and draws with image models.</source>
            <translation>Чат с этой моделью невозможен: это модель другого типа. msdesk ведёт чат с текстовыми и визуальными моделями, а картинки создаёт моделями генерации изображений.</translation>
        </message>
        <message>
            <source>No chat with this model: it is an {task} model. msdesk chats with text and vision models and draws with image models.</source>
            <translation>Чат с этой моделью невозможен: это модель типа «{task}». msdesk ведёт чат с текстовыми и визуальными моделями, а картинки создаёт моделями генерации изображений.</translation>
        </message>
        <message>
            <source>No chat with this model: it is a {task} model. msdesk chats with text and vision models and draws with image models.</source>
            <translation>Чат с этой моделью невозможен: это модель типа «{task}». msdesk ведёт чат с текстовыми и визуальными моделями, а картинки создаёт моделями генерации изображений.</translation>
        </message>
        <message>
            <source>yyyy-MM-dd</source>
            <comment>a date (Qt date format)</comment>
            <translation>dd.MM.yyyy</translation>
        </message>
        <message>
            <source>{value}M</source>
            <comment>millions</comment>
            <translation>{value} млн</translation>
        </message>
        <message>
            <source>{value}k</source>
            <comment>thousands</comment>
            <translation>{value} тыс.</translation>
        </message>
        <message>
            <source>Add to ModelScope models</source>
            <translation>Добавить в модели ModelScope</translation>
        </message>
        <message>
            <source>Add &lt;b&gt;{model}&lt;/b&gt; to your ModelScope models as:</source>
            <translation>Добавить &lt;b&gt;{model}&lt;/b&gt; в ваши модели ModelScope как:</translation>
        </message>
        <message>
            <source>Task type</source>
            <translation>Тип задачи</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Model details</source>
            <translation>Сведения о модели</translation>
        </message>
        <message>
            <source>Select a model to see its card</source>
            <translation>Выберите модель, чтобы увидеть её карточку</translation>
        </message>
        <message>
            <source>API-Inference</source>
            <comment>a badge</comment>
            <translation>API-Inference</translation>
        </message>
        <message>
            <source>Callable through ModelScope API-Inference with your access token</source>
            <translation>Доступна через API-Inference ModelScope с вашим токеном доступа</translation>
        </message>
        <message>
            <source>Copy model ID</source>
            <translation>Копировать ID модели</translation>
        </message>
        <message>
            <source>Copy owner/name to the clipboard</source>
            <translation>Копировать «владелец/название» в буфер обмена</translation>
        </message>
        <message>
            <source>Add this model to the ModelScope provider's model list</source>
            <translation>Добавить эту модель в список моделей провайдера ModelScope</translation>
        </message>
        <message>
            <source>Loading the model card</source>
            <translation>Загрузка карточки модели</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Load the model card again</source>
            <translation>Загрузить карточку модели снова</translation>
        </message>
        <message>
            <source>Loading the model card…</source>
            <translation>Загрузка карточки модели…</translation>
        </message>
        <message>
            <source>Callable through ModelScope API-Inference with your access token (listed by the API-Inference gateway's model list)</source>
            <translation>Доступна через API-Inference ModelScope с вашим токеном доступа (есть в списке моделей шлюза API-Inference)</translation>
        </message>
        <message>
            <source>Copied {model}</source>
            <translation>Скопировано: {model}</translation>
        </message>
        <message>
            <source>Could not add {model}: {error}</source>
            <translation>Не удалось добавить {model}: {error}</translation>
        </message>
        <message>
            <source>Added {model} to your ModelScope models.</source>
            <translation>Модель {model} добавлена в ваши модели ModelScope.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавлено</translation>
        </message>
        <message>
            <source>{model} is already in your list.</source>
            <translation>{model} уже есть в вашем списке.</translation>
        </message>
        <message>
            <source>Already in your list</source>
            <translation>Уже в списке</translation>
        </message>
        <message>
            <source>This model has no README.</source>
            <translation>У этой модели нет README.</translation>
        </message>
        <message>
            <source>Offline: saved card from {date}. {error}</source>
            <translation>Нет сети: карточка, сохранённая {date}. {error}</translation>
        </message>
        <message>
            <source>Offline: saved card from earlier. {error}</source>
            <translation>Нет сети: ранее сохранённая карточка. {error}</translation>
        </message>
        <message>
            <source>The model card could not be loaded.</source>
            <translation>Не удалось загрузить карточку модели.</translation>
        </message>
        <message>
            <source>Could not load the model card: {error}</source>
            <translation>Не удалось загрузить карточку модели: {error}</translation>
        </message>
        <message>
            <source>by {organisation} ({owner})</source>
            <translation>автор: {organisation} ({owner})</translation>
        </message>
        <message>
            <source>by {owner}</source>
            <translation>автор: {owner}</translation>
        </message>
        <message>
            <source>updated {date}</source>
            <translation>обновлено {date}</translation>
        </message>
        <message>
            <source>created {date}</source>
            <translation>создано {date}</translation>
        </message>
        <message>
            <source>license: {license}</source>
            <translation>лицензия: {license}</translation>
        </message>
        <message>
            <source>{downloads} downloads, {likes} likes</source>
            <translation>Загрузки: {downloads}, лайки: {likes}</translation>
        </message>
        <message>
            <source>Open on modelscope.cn ↗</source>
            <translation>Открыть на modelscope.cn ↗</translation>
        </message>
        <message>
            <source>Already in your ModelScope models</source>
            <translation>Уже в ваших моделях ModelScope</translation>
        </message>
    </context>
    <context>
        <name>ui.models.list_model</name>
        <message>
            <source>Text generation</source>
            <translation>Генерация текста</translation>
        </message>
        <message>
            <source>Vision (image + text)</source>
            <translation>Зрение (изображение + текст)</translation>
        </message>
        <message>
            <source>Text to image</source>
            <translation>Генерация изображений</translation>
        </message>
        <message>
            <source>Embeddings</source>
            <translation>Эмбеддинги</translation>
        </message>
        <message>
            <source>Speech recognition</source>
            <translation>Распознавание речи</translation>
        </message>
        <message>
            <source>Text to speech</source>
            <translation>Синтез речи</translation>
        </message>
        <message>
            <source>Text to video</source>
            <translation>Генерация видео</translation>
        </message>
        <message>
            <source>Image to image</source>
            <translation>Преобразование изображений</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Перевод</translation>
        </message>
        <message>
            <source>Text classification</source>
            <translation>Классификация текста</translation>
        </message>
        <message>
            <source>Feature extraction</source>
            <translation>Извлечение признаков</translation>
        </message>
        <message>
            <source>OCR</source>
            <translation>OCR</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>a task</comment>
            <translation>Другое</translation>
        </message>
        <message>
            <source>{value}B</source>
            <comment>billions</comment>
            <translation>{value} млрд</translation>
        </message>
        <message>
            <source>{value}M</source>
            <comment>millions</comment>
            <translation>{value} млн</translation>
        </message>
        <message>
            <source>{value}k</source>
            <comment>thousands</comment>
            <translation>{value} тыс.</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>только что</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s) ago</source>
            <translation>
                <numerusform>%n год назад</numerusform>
                <numerusform>%n года назад</numerusform>
                <numerusform>%n лет назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n month(s) ago</source>
            <translation>
                <numerusform>%n месяц назад</numerusform>
                <numerusform>%n месяца назад</numerusform>
                <numerusform>%n месяцев назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s) ago</source>
            <translation>
                <numerusform>%n неделю назад</numerusform>
                <numerusform>%n недели назад</numerusform>
                <numerusform>%n недель назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n день назад</numerusform>
                <numerusform>%n дня назад</numerusform>
                <numerusform>%n дней назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n час назад</numerusform>
                <numerusform>%n часа назад</numerusform>
                <numerusform>%n часов назад</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n минуту назад</numerusform>
                <numerusform>%n минуты назад</numerusform>
                <numerusform>%n минут назад</numerusform>
            </translation>
        </message>
        <message>
            <source>Task: {tasks}</source>
            <translation>Задача: {tasks}</translation>
        </message>
        <message>
            <source>{downloads} downloads · {likes} likes</source>
            <translation>Загрузки: {downloads} · лайки: {likes}</translation>
        </message>
        <message>
            <source>Callable through API-Inference</source>
            <translation>Доступна через API-Inference</translation>
        </message>
        <message>
            <source>updated {age}</source>
            <translation>обновлено {age}</translation>
        </message>
    </context>
    <context>
        <name>ui.models.markdown_view</name>
        <message>
            <source>Model card</source>
            <translation>Карточка модели</translation>
        </message>
    </context>
    <context>
        <name>ui.models.page</name>
        <message>
            <source>Default</source>
            <comment>a sort order</comment>
            <translation>По умолчанию</translation>
        </message>
        <message>
            <source>Downloads</source>
            <comment>a sort order</comment>
            <translation>Загрузки</translation>
        </message>
        <message>
            <source>Likes</source>
            <comment>a sort order</comment>
            <translation>Лайки</translation>
        </message>
        <message>
            <source>Last updated</source>
            <comment>a sort order</comment>
            <translation>Дата обновления</translation>
        </message>
        <message>
            <source>dd MMM</source>
            <comment>a day and month (Qt date format)</comment>
            <translation>d MMM</translation>
        </message>
        <message>
            <source>{date} {time}</source>
            <comment>a date and a time</comment>
            <translation>{date}, {time}</translation>
        </message>
        <message>
            <source>Search models by name, owner or Chinese name   (press /)</source>
            <translation>Поиск моделей по названию, владельцу или китайскому названию   (клавиша /)</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>Поиск моделей</translation>
        </message>
        <message>
            <source>Search the ModelScope model library (press / or Ctrl+F)</source>
            <translation>Поиск в библиотеке моделей ModelScope (клавиша / или Ctrl+F)</translation>
        </message>
        <message>
            <source>API-Inference only</source>
            <translation>Только API-Inference</translation>
        </message>
        <message>
            <source>Show only models you can call through ModelScope API-Inference</source>
            <translation>Показывать только модели, доступные через API-Inference ModelScope</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Only models of this task</source>
            <translation>Только модели для этой задачи</translation>
        </message>
        <message>
            <source>All tasks</source>
            <translation>Все задачи</translation>
        </message>
        <message>
            <source>Sort by</source>
            <translation>Сортировка</translation>
        </message>
        <message>
            <source>Sort results</source>
            <translation>Сортировка результатов</translation>
        </message>
        <message>
            <source>Sort:</source>
            <translation>Сортировка:</translation>
        </message>
        <message>
            <source>Loading models</source>
            <translation>Загрузка моделей</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Ask the model library again</source>
            <translation>Снова запросить библиотеку моделей</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>Copy model ID</source>
            <translation>Копировать ID модели</translation>
        </message>
        <message>
            <source>Copy the selected model's ID (owner/name)</source>
            <translation>Копировать ID выбранной модели (владелец/название)</translation>
        </message>
        <message>
            <source>Select a model to see its details.</source>
            <translation>Выберите модель, чтобы увидеть подробности.</translation>
        </message>
        <message>
            <source>Copied {model}</source>
            <translation>Скопировано: {model}</translation>
        </message>
        <message>
            <source>{model}

(Details are not available in this build.)</source>
            <translation>{model}

(В этой сборке подробности недоступны.)</translation>
        </message>
        <message>
            <source>Offline: showing the built-in list of API-Inference models.</source>
            <translation>Нет сети: показан встроенный список моделей API-Inference.</translation>
        </message>
        <message>
            <source>Offline: showing saved results from {time}.</source>
            <translation>Нет сети: показаны сохранённые результаты ({time}).</translation>
        </message>
        <message>
            <source>Offline: showing saved results from earlier.</source>
            <translation>Нет сети: показаны ранее сохранённые результаты.</translation>
        </message>
        <message>
            <source>Could not reach the model library: {error}</source>
            <translation>Не удалось связаться с библиотекой моделей: {error}</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %n model(s)</source>
            <translation>
                <numerusform>{shown} из %n модели</numerusform>
                <numerusform>{shown} из %n моделей</numerusform>
                <numerusform>{shown} из %n моделей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n model(s)</source>
            <translation>
                <numerusform>%n модель</numerusform>
                <numerusform>%n модели</numerusform>
                <numerusform>%n моделей</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not load more: {error}</source>
            <translation>Не удалось загрузить ещё: {error}</translation>
        </message>
        <message>
            <source>Searching the model library…</source>
            <translation>Поиск в библиотеке моделей…</translation>
        </message>
        <message>
            <source>You are offline and nothing is saved for this search.
{error}
Press Retry when you are back online.</source>
            <translation>Нет сети, и для этого поиска ничего не сохранено.
{error}
Нажмите «Повторить», когда связь восстановится.</translation>
        </message>
        <message>
            <source>No loaded model matches “{text}”. Searching the library…</source>
            <translation>Среди загруженных моделей нет совпадений с «{text}». Ищем в библиотеке…</translation>
        </message>
        <message>
            <source>No model matches “{text}” with these filters.
Try “All tasks”, or untick API-Inference only to search every model.</source>
            <translation>С этими фильтрами нет моделей, подходящих под «{text}».
Выберите «Все задачи» или снимите флажок «Только API-Inference», чтобы искать среди всех моделей.</translation>
        </message>
        <message>
            <source>No model matches “{text}”. Check the spelling or try a shorter name.</source>
            <translation>Нет моделей, подходящих под «{text}». Проверьте написание или попробуйте название покороче.</translation>
        </message>
        <message>
            <source>No models for this filter.
The filter is too narrow: try “All tasks” or untick API-Inference only.</source>
            <translation>Нет моделей для этого фильтра.
Фильтр слишком узкий: выберите «Все задачи» или снимите флажок «Только API-Inference».</translation>
        </message>
        <message>
            <source>No models to show yet.</source>
            <translation>Пока нет моделей для показа.</translation>
        </message>
    </context>
    <context>
        <name>ui.pages</name>
        <message>
            <source>Could not remember {model}: {error}</source>
            <translation>Не удалось запомнить {model}: {error}</translation>
        </message>
        <message>
            <source>New chat with {model}</source>
            <translation>Новый чат с {model}</translation>
        </message>
    </context>
    <context>
        <name>ui.quota.__init__</name>
        <message>
            <source>{text} · back at {time}</source>
            <translation>{text} · до {time}</translation>
        </message>
        <message>
            <source>ddd dd MMM</source>
            <comment>a date with its weekday (Qt date format)</comment>
            <translation>d MMMM (ddd)</translation>
        </message>
        <message>
            <source>{first} {second}</source>
            <comment>two sentences one after the other</comment>
            <translation>{first} {second}</translation>
        </message>
        <message>
            <source>in less than a minute</source>
            <translation>менее чем через минуту</translation>
        </message>
        <message>
            <source>in {minutes} min</source>
            <translation>через {minutes} мин</translation>
        </message>
        <message>
            <source>in {hours} h {minutes} min</source>
            <translation>через {hours} ч {minutes} мин</translation>
        </message>
        <message>
            <source>msdesk's count starts again at {time} your time (00:00 UTC+8), {left}</source>
            <translation>Счёт msdesk начнётся заново в {time} по вашему времени (00:00 UTC+8), {left}</translation>
        </message>
        <message>
            <source>msdesk's count starts again tomorrow at {time} your time (00:00 UTC+8), {left}</source>
            <translation>Счёт msdesk начнётся заново завтра в {time} по вашему времени (00:00 UTC+8), {left}</translation>
        </message>
        <message>
            <source>msdesk's count starts again on {date} at {time} your time (00:00 UTC+8), {left}</source>
            <translation>Счёт msdesk начнётся заново {date} в {time} по вашему времени (00:00 UTC+8), {left}</translation>
        </message>
        <message>
            <source>Resets at {time} your time (00:00 UTC+8), {left}</source>
            <translation>Сброс в {time} по вашему времени (00:00 UTC+8), {left}</translation>
        </message>
        <message>
            <source>Resets tomorrow at {time} your time (00:00 UTC+8), {left}</source>
            <translation>Сброс завтра в {time} по вашему времени (00:00 UTC+8), {left}</translation>
        </message>
        <message>
            <source>Resets on {date} at {time} your time (00:00 UTC+8), {left}</source>
            <translation>Сброс {date} в {time} по вашему времени (00:00 UTC+8), {left}</translation>
        </message>
        <message>
            <source>{remaining} / {limit}</source>
            <translation>{remaining} / {limit}</translation>
        </message>
        <message>
            <source>model {figures}</source>
            <translation>модель {figures}</translation>
        </message>
        <message>
            <source>“{token}”</source>
            <comment>a token's name in quotes</comment>
            <translation>«{token}»</translation>
        </message>
        <message>
            <source>{provider}: no token</source>
            <translation>{provider}: нет токена</translation>
        </message>
        <message>
            <source>No token is stored for {provider}. Add one in Settings.</source>
            <translation>Для {provider} не сохранён токен. Добавьте его в настройках.</translation>
        </message>
        <message>
            <source>Token “{token}” has no calls left today for {model}; the next call uses “{spare}”.</source>
            <translation>У токена «{token}» на сегодня не осталось вызовов для {model}; следующий вызов пойдёт через «{spare}».</translation>
        </message>
        <message>
            <source>Token “{token}” has no calls left today; the next call uses “{spare}”.</source>
            <translation>У токена «{token}» на сегодня не осталось вызовов; следующий вызов пойдёт через «{spare}».</translation>
        </message>
        <message numerus="yes">
            <source>msdesk's own count (an estimate): %n call(s) today with this token.</source>
            <translation>
                <numerusform>Собственный подсчёт msdesk (оценка): сегодня %n вызов с этим токеном.</numerusform>
                <numerusform>Собственный подсчёт msdesk (оценка): сегодня %n вызова с этим токеном.</numerusform>
                <numerusform>Собственный подсчёт msdesk (оценка): сегодня %n вызовов с этим токеном.</numerusform>
            </translation>
        </message>
        <message>
            <source>Calls left today, as {provider} said at {time}.</source>
            <translation>Остаток вызовов на сегодня по данным {provider} на {time}.</translation>
        </message>
        <message>
            <source>Calls left today, as {provider} said.</source>
            <translation>Остаток вызовов на сегодня по данным {provider}.</translation>
        </message>
        <message>
            <source>{provider} has sent no quota figures today, so the limits are unknown (ModelScope changes them without notice).</source>
            <translation>{provider} сегодня не сообщал данных о квоте, поэтому лимиты неизвестны (ModelScope меняет их без предупреждения).</translation>
        </message>
        <message numerus="yes">
            <source>msdesk's own count (an estimate): %n call(s) today with this token; calls made elsewhere are not counted.</source>
            <translation>
                <numerusform>Собственный подсчёт msdesk (оценка): сегодня %n вызов с этим токеном; вызовы из других мест не учитываются.</numerusform>
                <numerusform>Собственный подсчёт msdesk (оценка): сегодня %n вызова с этим токеном; вызовы из других мест не учитываются.</numerusform>
                <numerusform>Собственный подсчёт msdesk (оценка): сегодня %n вызовов с этим токеном; вызовы из других мест не учитываются.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>≈ %n call(s) today · limit unknown</source>
            <translation>
                <numerusform>≈ %n вызов сегодня · лимит неизвестен</numerusform>
                <numerusform>≈ %n вызова сегодня · лимит неизвестен</numerusform>
                <numerusform>≈ %n вызовов сегодня · лимит неизвестен</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{provider} sends no quota figures: msdesk's own count (an estimate): %n call(s) today with this token.</source>
            <translation>
                <numerusform>{provider} не сообщает данных о квоте. Собственный подсчёт msdesk (оценка): сегодня %n вызов с этим токеном.</numerusform>
                <numerusform>{provider} не сообщает данных о квоте. Собственный подсчёт msdesk (оценка): сегодня %n вызова с этим токеном.</numerusform>
                <numerusform>{provider} не сообщает данных о квоте. Собственный подсчёт msdesk (оценка): сегодня %n вызовов с этим токеном.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>≈ %n call(s) today (msdesk's count)</source>
            <translation>
                <numerusform>≈ %n вызов сегодня (подсчёт msdesk)</numerusform>
                <numerusform>≈ %n вызова сегодня (подсчёт msdesk)</numerusform>
                <numerusform>≈ %n вызовов сегодня (подсчёт msdesk)</numerusform>
            </translation>
        </message>
        <message>
            <source>No calls left today</source>
            <translation>Вызовов на сегодня не осталось</translation>
        </message>
        <message>
            <source>No calls left today for this model</source>
            <translation>Для этой модели вызовов на сегодня не осталось</translation>
        </message>
        <message>
            <source>Token “{token}” has no calls left today for {model}.</source>
            <translation>У токена «{token}» на сегодня не осталось вызовов для {model}.</translation>
        </message>
        <message>
            <source>Token “{token}” has no calls left today.</source>
            <translation>У токена «{token}» на сегодня не осталось вызовов.</translation>
        </message>
        <message>
            <source>All tokens spent</source>
            <translation>Все токены исчерпаны</translation>
        </message>
        <message>
            <source>All tokens spent for this model</source>
            <translation>Все токены исчерпаны для этой модели</translation>
        </message>
        <message>
            <source>Every {provider} token ({tokens}) has no calls left today for {model}.</source>
            <translation>Ни у одного токена {provider} ({tokens}) не осталось на сегодня вызовов для {model}.</translation>
        </message>
        <message>
            <source>Every {provider} token ({tokens}) has no calls left today.</source>
            <translation>Ни у одного токена {provider} ({tokens}) не осталось вызовов на сегодня.</translation>
        </message>
        <message numerus="yes">
            <source>msdesk's own count (an estimate): %n call(s) today with these tokens.</source>
            <translation>
                <numerusform>Собственный подсчёт msdesk (оценка): сегодня %n вызов с этими токенами.</numerusform>
                <numerusform>Собственный подсчёт msdesk (оценка): сегодня %n вызова с этими токенами.</numerusform>
                <numerusform>Собственный подсчёт msdesk (оценка): сегодня %n вызовов с этими токенами.</numerusform>
            </translation>
        </message>
        <message>
            <source>{provider} refused a call (request limit exceeded: HTTP 429 or QuotaLimitExceed), or its figures showed none left.</source>
            <translation>{provider} отклонил вызов (превышен лимит запросов: HTTP 429 или QuotaLimitExceed) или по его данным ничего не осталось.</translation>
        </message>
    </context>
    <context>
        <name>ui.quota.status_item</name>
        <message>
            <source>Quota left today</source>
            <translation>Остаток квоты на сегодня</translation>
        </message>
        <message>
            <source>token “{token}”</source>
            <translation>токен «{token}»</translation>
        </message>
        <message>
            <source>Click for usage details.</source>
            <translation>Нажмите, чтобы открыть сведения об использовании.</translation>
        </message>
    </context>
    <context>
        <name>ui.quota.usage_view</name>
        <message>
            <source>yyyy-MM-dd</source>
            <comment>a date (Qt date format)</comment>
            <translation>dd.MM.yyyy</translation>
        </message>
        <message>
            <source>MM-dd</source>
            <comment>a day and month (Qt date format)</comment>
            <translation>dd.MM</translation>
        </message>
        <message>
            <source>Calls per day, last 14 days</source>
            <translation>Вызовы по дням за последние 14 дней</translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
        </message>
        <message>
            <source>{day}: {calls}</source>
            <translation>{day}: {calls}</translation>
        </message>
        <message numerus="yes">
            <source>%n call(s) over the last {days} days; {per_day}</source>
            <translation>
                <numerusform>%n вызов за последние {days} дн.; {per_day}</numerusform>
                <numerusform>%n вызова за последние {days} дн.; {per_day}</numerusform>
                <numerusform>%n вызовов за последние {days} дн.; {per_day}</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <comment>under the chart's last bar</comment>
            <translation>сегодня</translation>
        </message>
        <message numerus="yes">
            <source>{day} (UTC+8): %n call(s)</source>
            <translation>
                <numerusform>{day} (UTC+8): %n вызов</numerusform>
                <numerusform>{day} (UTC+8): %n вызова</numerusform>
                <numerusform>{day} (UTC+8): %n вызовов</numerusform>
            </translation>
        </message>
        <message>
            <source>Usage and quota</source>
            <translation>Использование и квота</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>Провайдер</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>Токен</translation>
        </message>
        <message>
            <source>Provider:</source>
            <translation>Провайдер:</translation>
        </message>
        <message>
            <source>Token:</source>
            <translation>Токен:</translation>
        </message>
        <message>
            <source>Credit balance</source>
            <translation>Баланс кредитов</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>Calls today (msdesk's count)</source>
            <translation>Вызовы сегодня (подсчёт msdesk)</translation>
        </message>
        <message>
            <source>Left today (server)</source>
            <translation>Осталось сегодня (сервер)</translation>
        </message>
        <message>
            <source>Calls per model today</source>
            <translation>Вызовы по моделям сегодня</translation>
        </message>
        <message>
            <source>Every token today</source>
            <translation>Все токены сегодня</translation>
        </message>
        <message>
            <source>Calls today</source>
            <translation>Вызовы сегодня</translation>
        </message>
        <message>
            <source>Left today</source>
            <translation>Осталось сегодня</translation>
        </message>
        <message>
            <source>Click a token to show its details below.</source>
            <translation>Нажмите на токен, чтобы увидеть подробности ниже.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>{token}  (not stored)</source>
            <translation>{token}  (не сохранён)</translation>
        </message>
        <message>
            <source>No token</source>
            <translation>Нет токена</translation>
        </message>
        <message numerus="yes">
            <source>≈ %n call(s) today (msdesk's count)</source>
            <translation>
                <numerusform>≈ %n вызов сегодня (подсчёт msdesk)</numerusform>
                <numerusform>≈ %n вызова сегодня (подсчёт msdesk)</numerusform>
                <numerusform>≈ %n вызовов сегодня (подсчёт msdesk)</numerusform>
            </translation>
        </message>
        <message>
            <source>msdesk's own count of its calls with this token: an estimate of the day's use (calls made elsewhere with the same token are not counted).</source>
            <translation>Собственный подсчёт вызовов msdesk с этим токеном: оценка расхода за день (вызовы с тем же токеном из других мест не учитываются).</translation>
        </message>
        <message>
            <source>Left today, according to {provider}: {figures}</source>
            <translation>Осталось сегодня по данным {provider}: {figures}</translation>
        </message>
        <message>
            <source>Left today: unknown. {provider} has sent no quota figures today, and its limits change without notice.</source>
            <translation>Осталось сегодня: неизвестно. {provider} сегодня не сообщал данных о квоте, а его лимиты меняются без предупреждения.</translation>
        </message>
        <message>
            <source>Left today: none. {provider} refused a call with this token (request limit exceeded), or its figures showed none left.</source>
            <translation>Осталось сегодня: ничего. {provider} отклонил вызов с этим токеном (превышен лимит запросов) или по его данным ничего не осталось.</translation>
        </message>
        <message>
            <source>Calls by msdesk, last {days} days (days from 00:00 UTC+8)</source>
            <translation>Вызовы msdesk за последние {days} дн. (сутки с 00:00 UTC+8)</translation>
        </message>
        <message>
            <source>No calls by msdesk with this token in the last {days} days yet: the chart fills in as you chat.</source>
            <translation>За последние {days} дн. msdesk ещё не делал вызовов с этим токеном: график будет заполняться по мере общения.</translation>
        </message>
        <message>
            <source>No calls by msdesk with {provider} in the last {days} days yet: the chart fills in as you chat.</source>
            <translation>За последние {days} дн. msdesk ещё не делал вызовов к {provider}: график будет заполняться по мере общения.</translation>
        </message>
        <message>
            <source>{provider} usage and limits page ↗</source>
            <translation>Страница использования и лимитов {provider} ↗</translation>
        </message>
        <message>
            <source>{provider} tokens page ↗</source>
            <translation>Страница токенов {provider} ↗</translation>
        </message>
        <message>
            <source>Credits, as {provider} said: {balance}</source>
            <translation>Кредиты по данным {provider}: {balance}</translation>
        </message>
        <message>
            <source>{credits}.</source>
            <comment>a sentence's end</comment>
            <translation>{credits}.</translation>
        </message>
        <message>
            <source>; </source>
            <comment>clause separator</comment>
            <translation>; </translation>
        </message>
        <message>
            <source>ModelScope is reported to meter free API-Inference in credits (a daily grant); msdesk shows the balance wherever ModelScope answers with one.</source>
            <translation>Сообщается, что ModelScope учитывает бесплатный API-Inference в кредитах (ежедневное начисление); msdesk показывает баланс, когда ModelScope его сообщает.</translation>
        </message>
        <message>
            <source>none · back at {time}</source>
            <translation>нет · до {time}</translation>
        </message>
        <message>
            <source>unknown</source>
            <comment>calls left</comment>
            <translation>неизвестно</translation>
        </message>
        <message>
            <source>no token</source>
            <translation>нет токена</translation>
        </message>
        <message>
            <source>Add one in Settings</source>
            <translation>Добавьте в настройках</translation>
        </message>
        <message>
            <source>{token} (not stored)</source>
            <translation>{token} (не сохранён)</translation>
        </message>
        <message>
            <source>Every token is spent today — calls come back at {time} your time (00:00 UTC+8).</source>
            <translation>Все токены на сегодня исчерпаны — вызовы вернутся в {time} по вашему времени (00:00 UTC+8).</translation>
        </message>
        <message>
            <source>Every token today — the daily quota resets at {time} your time (00:00 UTC+8).</source>
            <translation>Все токены сегодня — дневная квота сбрасывается в {time} по вашему времени (00:00 UTC+8).</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.check_dialog</name>
        <message>
            <source>Check all tokens</source>
            <translation>Проверка всех токенов</translation>
        </message>
        <message>
            <source>Check token</source>
            <translation>Проверка токена</translation>
        </message>
        <message numerus="yes">
            <source>Checks %n token(s) of {provider} with one tiny chat request each.</source>
            <translation>
                <numerusform>Будет проверен %n токен {provider}: по одному минимальному запросу к чат-модели на каждый.</numerusform>
                <numerusform>Будут проверены %n токена {provider}: по одному минимальному запросу к чат-модели на каждый.</numerusform>
                <numerusform>Будут проверены %n токенов {provider}: по одному минимальному запросу к чат-модели на каждый.</numerusform>
            </translation>
        </message>
        <message>
            <source>Checks the token “{label}” with one tiny chat request (one output token).</source>
            <translation>Токен «{label}» будет проверен одним минимальным запросом к чат-модели (один токен ответа).</translation>
        </message>
        <message>
            <source>This costs one call of each token's daily quota. ModelScope's daily allowance resets at 00:00 UTC+8.</source>
            <translation>Это расходует один вызов дневной квоты каждого токена. Дневная квота ModelScope сбрасывается в 00:00 UTC+8.</translation>
        </message>
        <message>
            <source>This costs one call of each token's daily quota.</source>
            <translation>Это расходует один вызов дневной квоты каждого токена.</translation>
        </message>
        <message>
            <source>This costs one call of the token's daily quota. ModelScope's daily allowance resets at 00:00 UTC+8.</source>
            <translation>Это расходует один вызов дневной квоты токена. Дневная квота ModelScope сбрасывается в 00:00 UTC+8.</translation>
        </message>
        <message>
            <source>This costs one call of the token's daily quota.</source>
            <translation>Это расходует один вызов дневной квоты токена.</translation>
        </message>
        <message>
            <source>Cost of the check</source>
            <translation>Стоимость проверки</translation>
        </message>
        <message>
            <source>Model to check with</source>
            <translation>Модель для проверки</translation>
        </message>
        <message>
            <source>Any chat model this provider serves; you can type a model ID</source>
            <translation>Любая чат-модель этого провайдера; можно ввести ID модели</translation>
        </message>
        <message>
            <source>This provider has no chat model in its list: type a model ID.</source>
            <translation>В списке этого провайдера нет чат-моделей: введите ID модели.</translation>
        </message>
        <message>
            <source>&amp;Model</source>
            <translation>&amp;Модель</translation>
        </message>
        <message>
            <source>Check all</source>
            <translation>Проверить все</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Pick or type the model to check with.</source>
            <translation>Выберите или введите модель для проверки.</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.fallback_section</name>
        <message>
            <source>Failover when the quota is spent</source>
            <translation>Резерв при исчерпании квоты</translation>
        </message>
        <message>
            <source>When every token is spent</source>
            <translation>Когда квота всех токенов исчерпана</translation>
        </message>
        <message>
            <source>A request that gets 429 goes to the next token of the same provider that has calls left. When none has, it goes here (only before the answer starts; the usage line says who answered). Without a fallback you see when the quota comes back.</source>
            <translation>Запрос, получивший 429, переходит к следующему токену того же провайдера, у которого ещё остались вызовы. Если таких нет, он уходит сюда (только до начала ответа; строка статистики под ответом покажет, кто ответил). Без резерва вы увидите, когда квота восстановится.</translation>
        </message>
        <message>
            <source>Fallback provider</source>
            <translation>Резервный провайдер</translation>
        </message>
        <message>
            <source>Fallback model</source>
            <translation>Резервная модель</translation>
        </message>
        <message>
            <source>No fallback</source>
            <translation>Без резерва</translation>
        </message>
        <message>
            <source>Per model: {rules}</source>
            <translation>По моделям: {rules}</translation>
        </message>
        <message>
            <source>Could not save: {reason}</source>
            <translation>Не удалось сохранить: {reason}</translation>
        </message>
        <message>
            <source>Saved: spent quota goes to {model} ({provider}).</source>
            <translation>Сохранено: при исчерпании квоты запросы идут в {model} ({provider}).</translation>
        </message>
        <message>
            <source>Saved: no fallback; a spent quota shows when it comes back.</source>
            <translation>Сохранено: без резерва; при исчерпании квоты показывается, когда она восстановится.</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.general_section</name>
        <message>
            <source>System</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Светлая</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Тёмная</translation>
        </message>
        <message>
            <source>System ({language})</source>
            <translation>Как в системе ({language})</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>The new language is shown after a restart.</source>
            <translation>Новый язык появится после перезапуска.</translation>
        </message>
        <message>
            <source>Restart now</source>
            <translation>Перезапустить</translation>
        </message>
        <message>
            <source>Close msdesk and start it again</source>
            <translation>Закрыть msdesk и запустить снова</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
        <message>
            <source>Text size</source>
            <translation>Размер текста</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <source>The theme and the text size change at once; the language at the next start.</source>
            <translation>Тема и размер текста меняются сразу, язык — при следующем запуске.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не сохранено: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.manage_models_dialog</name>
        <message>
            <source>Manage models — {provider}</source>
            <translation>Управление моделями — {provider}</translation>
        </message>
        <message>
            <source>Manage {provider} models</source>
            <translation>Управление моделями {provider}</translation>
        </message>
        <message>
            <source>Everything {provider} lists, its suggested models and your own list. Add or remove models here; changes are saved at once.</source>
            <translation>Все модели из списка {provider}, рекомендуемые модели и ваш собственный список. Добавляйте и удаляйте модели здесь — изменения сохраняются сразу.</translation>
        </message>
        <message>
            <source>Search by ID, name or owner</source>
            <translation>Поиск по ID, имени или владельцу</translation>
        </message>
        <message>
            <source>Search models</source>
            <translation>Поиск моделей</translation>
        </message>
        <message>
            <source>Search by ID, name or owner (Ctrl+F)</source>
            <translation>Поиск по ID, имени или владельцу (Ctrl+F)</translation>
        </message>
        <message>
            <source>Filter by capability</source>
            <translation>Фильтр по возможностям</translation>
        </message>
        <message>
            <source>Show only models with this capability</source>
            <translation>Показывать только модели с этой возможностью</translation>
        </message>
        <message>
            <source>All capabilities</source>
            <translation>Все возможности</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Show every model, only those in your list, or only the others</source>
            <translation>Показать все модели, только модели из вашего списка или только остальные</translation>
        </message>
        <message>
            <source>All models</source>
            <translation>Все модели</translation>
        </message>
        <message>
            <source>In your list</source>
            <translation>В вашем списке</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>Не добавлены</translation>
        </message>
        <message>
            <source>Fetching models</source>
            <translation>Загрузка моделей</translation>
        </message>
        <message>
            <source>Fetching the model list from {provider}…</source>
            <translation>Загрузка списка моделей от {provider}…</translation>
        </message>
        <message>
            <source>Model list error</source>
            <translation>Ошибка списка моделей</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Повторить</translation>
        </message>
        <message>
            <source>Ask {provider} for its model list again</source>
            <translation>Снова запросить список моделей у {provider}</translation>
        </message>
        <message>
            <source>Models {provider} offers</source>
            <translation>Модели, которые предлагает {provider}</translation>
        </message>
        <message>
            <source>Enter or Space adds or removes the selected model; on a group, + adds all its models and − removes them</source>
            <translation>Enter или пробел добавляет или удаляет выбранную модель; на группе + добавляет все её модели, а − удаляет их</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>Could not get the model list from {provider}: {reason}
Your list and the suggested models are still shown below.</source>
            <translation>Не удалось получить список моделей от {provider}: {reason}
Ваш список и рекомендуемые модели по-прежнему показаны ниже.</translation>
        </message>
        <message>
            <source>Add all {group} models</source>
            <translation>Добавить все модели {group}</translation>
        </message>
        <message>
            <source>Remove all {group} models</source>
            <translation>Удалить все модели {group}</translation>
        </message>
        <message>
            <source>Listed by {provider}, suggested</source>
            <translation>В списке {provider}, рекомендуемая</translation>
        </message>
        <message>
            <source>Listed by {provider}</source>
            <translation>В списке {provider}</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Рекомендуемая</translation>
        </message>
        <message>
            <source>Not in your list</source>
            <translation>Нет в вашем списке</translation>
        </message>
        <message>
            <source>Remove {id} from your list</source>
            <translation>Удалить {id} из вашего списка</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Удалить {name}</translation>
        </message>
        <message>
            <source>Add {id} to your list</source>
            <translation>Добавить {id} в ваш список</translation>
        </message>
        <message>
            <source>Add {name}</source>
            <translation>Добавить {name}</translation>
        </message>
        <message numerus="yes">
            <source>{inside} of %n in your list</source>
            <translation>
                <numerusform>{inside} из %n в вашем списке</numerusform>
                <numerusform>{inside} из %n в вашем списке</numerusform>
                <numerusform>{inside} из %n в вашем списке</numerusform>
            </translation>
        </message>
        <message>
            <source>Group {group}, {count}</source>
            <translation>Группа {group}, {count}</translation>
        </message>
        <message numerus="yes">
            <source>Add the %n shown {group} model(s) not yet in your list</source>
            <translation>
                <numerusform>Добавить %n показанную модель {group}, которой ещё нет в вашем списке</numerusform>
                <numerusform>Добавить %n показанные модели {group}, которых ещё нет в вашем списке</numerusform>
                <numerusform>Добавить %n показанных моделей {group}, которых ещё нет в вашем списке</numerusform>
            </translation>
        </message>
        <message>
            <source>Every shown {group} model is in your list</source>
            <translation>Все показанные модели {group} уже в вашем списке</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %n shown {group} model(s) from your list</source>
            <translation>
                <numerusform>Удалить %n показанную модель {group} из вашего списка</numerusform>
                <numerusform>Удалить %n показанные модели {group} из вашего списка</numerusform>
                <numerusform>Удалить %n показанных моделей {group} из вашего списка</numerusform>
            </translation>
        </message>
        <message>
            <source>No shown {group} model is in your list</source>
            <translation>Ни одной из показанных моделей {group} нет в вашем списке</translation>
        </message>
        <message>
            <source>No model matches '{query}'.
Clear the search or pick another capability.</source>
            <translation>Нет моделей по запросу «{query}».
Очистите поиск или выберите другую возможность.</translation>
        </message>
        <message>
            <source>No model matches these filters.
Clear the search or pick another capability.</source>
            <translation>Нет моделей, подходящих под эти фильтры.
Очистите поиск или выберите другую возможность.</translation>
        </message>
        <message numerus="yes">
            <source>%n in your list</source>
            <translation>
                <numerusform>%n в вашем списке</numerusform>
                <numerusform>%n в вашем списке</numerusform>
                <numerusform>%n в вашем списке</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>showing {shown} of %n</source>
            <translation>
                <numerusform>показано {shown} из %n</numerusform>
                <numerusform>показано {shown} из %n</numerusform>
                <numerusform>показано {shown} из %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n offered</source>
            <translation>
                <numerusform>%n доступна</numerusform>
                <numerusform>%n доступны</numerusform>
                <numerusform>%n доступно</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed by {provider}</source>
            <translation>
                <numerusform>%n в списке {provider}</numerusform>
                <numerusform>%n в списке {provider}</numerusform>
                <numerusform>%n в списке {provider}</numerusform>
            </translation>
        </message>
        <message>
            <source>{provider}'s list not loaded</source>
            <translation>список {provider} не загружен</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.model_edit_dialog</name>
        <message>
            <source>Edit model</source>
            <translation>Изменить модель</translation>
        </message>
        <message>
            <source>Add models to {provider}</source>
            <translation>Добавить модели в {provider}</translation>
        </message>
        <message>
            <source>Model ID</source>
            <translation>ID модели</translation>
        </message>
        <message>
            <source>owner/name, e.g. {example}</source>
            <translation>владелец/название, например {example}</translation>
        </message>
        <message>
            <source>The ID as ModelScope shows it: owner/name. Separate several IDs with commas.</source>
            <translation>ID в том виде, как его показывает ModelScope: владелец/название. Несколько ID разделяйте запятыми.</translation>
        </message>
        <message>
            <source>e.g. {example}</source>
            <translation>например, {example}</translation>
        </message>
        <message>
            <source>The model name {provider} expects. Separate several IDs with commas.</source>
            <translation>Имя модели, которое ожидает {provider}. Несколько ID разделяйте запятыми.</translation>
        </message>
        <message>
            <source>Model ID error</source>
            <translation>Ошибка в ID модели</translation>
        </message>
        <message>
            <source>Model ID note</source>
            <translation>Примечание к ID модели</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Отображаемое имя</translation>
        </message>
        <message>
            <source>How the model is shown in lists; defaults to the last part of its ID.</source>
            <translation>Как модель называется в списках; по умолчанию — последняя часть её ID.</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Models are grouped under this name; by default the owner in the ID.</source>
            <translation>Модели группируются под этим именем; по умолчанию — владелец из ID.</translation>
        </message>
        <message>
            <source>Task type</source>
            <translation>Тип задачи</translation>
        </message>
        <message>
            <source>What the model does; guessed from the ID until you pick one.</source>
            <translation>Что делает модель; пока вы не выберете сами, определяется по ID.</translation>
        </message>
        <message>
            <source>Capability: {capability}</source>
            <translation>Возможность: {capability}</translation>
        </message>
        <message>
            <source>{meaning}. Follows the task.</source>
            <translation>{meaning}. Зависит от задачи.</translation>
        </message>
        <message>
            <source>Capabilities note</source>
            <translation>Примечание к возможностям</translation>
        </message>
        <message>
            <source>Use msdesk's table</source>
            <translation>Как в таблице msdesk</translation>
        </message>
        <message>
            <source>Forget your capability settings for this model; msdesk's table decides</source>
            <translation>Сбросить ваши настройки возможностей этой модели; решает таблица msdesk</translation>
        </message>
        <message>
            <source>Model &amp;ID</source>
            <translation>&amp;ID модели</translation>
        </message>
        <message>
            <source>Capabilities</source>
            <translation>Возможности</translation>
        </message>
        <message>
            <source>Display &amp;name</source>
            <translation>Отображаемое &amp;имя</translation>
        </message>
        <message>
            <source>&amp;Group</source>
            <translation>&amp;Группа</translation>
        </message>
        <message>
            <source>&amp;Task</source>
            <translation>&amp;Задача</translation>
        </message>
        <message>
            <source>The ID cannot be changed; remove the model and add the new ID instead.</source>
            <translation>ID изменить нельзя: удалите модель и добавьте новый ID.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>{meaning}. From msdesk's table; tick or untick to set it yourself.</source>
            <translation>{meaning}. По таблице msdesk; отметьте или снимите отметку, чтобы задать самостоятельно.</translation>
        </message>
        <message>
            <source>{meaning}. Your setting; msdesk's table says on.</source>
            <translation>{meaning}. Ваша настройка; в таблице msdesk — включено.</translation>
        </message>
        <message>
            <source>{meaning}. Your setting; msdesk's table says off.</source>
            <translation>{meaning}. Ваша настройка; в таблице msdesk — выключено.</translation>
        </message>
        <message>
            <source>{capability} on</source>
            <translation>{capability}: вкл.</translation>
        </message>
        <message>
            <source>{capability} off</source>
            <translation>{capability}: выкл.</translation>
        </message>
        <message>
            <source>Your settings win over msdesk's table: {settings}.</source>
            <translation>Ваши настройки важнее таблицы msdesk: {settings}.</translation>
        </message>
        <message>
            <source>From msdesk's model table for the first ID and the task; tick or untick one to set it yourself.</source>
            <translation>По таблице моделей msdesk для первого ID и задачи; отметьте или снимите отметку, чтобы задать самостоятельно.</translation>
        </message>
        <message>
            <source>From msdesk's model table for this ID and task; tick or untick one to set it yourself.</source>
            <translation>По таблице моделей msdesk для этого ID и задачи; отметьте или снимите отметку, чтобы задать самостоятельно.</translation>
        </message>
        <message>
            <source>'{id}'</source>
            <translation>«{id}»</translation>
        </message>
        <message>
            <source>{ids} is not a valid model ID.</source>
            <translation>{ids} — недопустимый ID модели.</translation>
        </message>
        <message>
            <source>{ids} are not valid model IDs.</source>
            <translation>{ids} — недопустимые ID моделей.</translation>
        </message>
        <message>
            <source>Use owner/name, e.g. {example}.</source>
            <translation>Используйте формат владелец/название, например {example}.</translation>
        </message>
        <message>
            <source>Use letters, digits and . _ - : / only.</source>
            <translation>Допустимы только буквы, цифры и символы . _ - : /</translation>
        </message>
        <message>
            <source>{problem} {rule}</source>
            <translation>{problem} {rule}</translation>
        </message>
        <message>
            <source>{names} is already in the list and will be skipped.</source>
            <translation>Модель {names} уже есть в списке и будет пропущена.</translation>
        </message>
        <message>
            <source>{names} is already in the list.</source>
            <translation>Модель {names} уже есть в списке.</translation>
        </message>
        <message>
            <source>{names} are already in the list and will be skipped.</source>
            <translation>Модели {names} уже есть в списке и будут пропущены.</translation>
        </message>
        <message>
            <source>{names} are already in the list.</source>
            <translation>Модели {names} уже есть в списке.</translation>
        </message>
        <message>
            <source>Each model is named after its ID</source>
            <translation>Каждая модель называется по своему ID</translation>
        </message>
        <message>
            <source>From the ID</source>
            <translation>Из ID</translation>
        </message>
        <message>
            <source>Each model's owner</source>
            <translation>Владелец каждой модели</translation>
        </message>
        <message>
            <source>From the ID (the owner)</source>
            <translation>Из ID (владелец)</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message numerus="yes">
            <source>Add %n model(s)</source>
            <translation>
                <numerusform>Добавить %n модель</numerusform>
                <numerusform>Добавить %n модели</numerusform>
                <numerusform>Добавить %n моделей</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.settings.model_rows</name>
        <message>
            <source>Image generation</source>
            <translation>Генерация изображений</translation>
        </message>
        <message>
            <source>Embedding</source>
            <translation>Эмбеддинги</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>Text generation</source>
            <translation>Генерация текста</translation>
        </message>
        <message>
            <source>Image + text</source>
            <translation>Изображение + текст</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <source>Vision</source>
            <translation>Зрение</translation>
        </message>
        <message>
            <source>Reasoning</source>
            <translation>Рассуждение</translation>
        </message>
        <message>
            <source>Tools</source>
            <translation>Инструменты</translation>
        </message>
        <message>
            <source>Answers messages in a conversation</source>
            <translation>Отвечает на сообщения в чате</translation>
        </message>
        <message>
            <source>Understands images sent with a message</source>
            <translation>Понимает изображения, отправленные с сообщением</translation>
        </message>
        <message>
            <source>Thinks before answering and shows its reasoning</source>
            <translation>Рассуждает перед ответом и показывает ход мысли</translation>
        </message>
        <message>
            <source>Can call tools (function calling)</source>
            <translation>Может вызывать инструменты (function calling)</translation>
        </message>
        <message>
            <source>Turns text into vectors for search</source>
            <translation>Превращает текст в векторы для поиска</translation>
        </message>
        <message>
            <source>Draws images from a prompt</source>
            <translation>Создаёт изображения по описанию</translation>
        </message>
        <message>
            <source>No capabilities set</source>
            <translation>Возможности не заданы</translation>
        </message>
        <message>
            <source>{capability}: {meaning}</source>
            <translation>{capability}: {meaning}</translation>
        </message>
        <message>
            <source>{name}, {id}, {task}, {capabilities}</source>
            <translation>{name}, {id}, {task}, {capabilities}</translation>
        </message>
        <message>
            <source>{name}, {id}, {task}, {capabilities}, in your list</source>
            <translation>{name}, {id}, {task}, {capabilities}, в вашем списке</translation>
        </message>
        <message>
            <source>{name}, {id}, {task}, {capabilities}, not in your list</source>
            <translation>{name}, {id}, {task}, {capabilities}, нет в вашем списке</translation>
        </message>
        <message>
            <source>Group {group}, {count}</source>
            <translation>Группа {group}, {count}</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Модель</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Задача</translation>
        </message>
        <message>
            <source>Capabilities</source>
            <translation>Возможности</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.models_section</name>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>Manage…</source>
            <translation>Управление…</translation>
        </message>
        <message>
            <source>Manage models</source>
            <translation>Управление моделями</translation>
        </message>
        <message>
            <source>Add model…</source>
            <translation>Добавить модель…</translation>
        </message>
        <message>
            <source>Add model</source>
            <translation>Добавить модель</translation>
        </message>
        <message>
            <source>Models notice</source>
            <translation>Уведомление о моделях</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Put the removed models back (Ctrl+Z)</source>
            <translation>Вернуть удалённые модели (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Скрыть</translation>
        </message>
        <message>
            <source>Models error</source>
            <translation>Ошибка моделей</translation>
        </message>
        <message>
            <source>Models of this provider</source>
            <translation>Модели этого провайдера</translation>
        </message>
        <message>
            <source>Delete removes the selected model, Enter or F2 edits it, Ctrl+Z undoes a removal.</source>
            <translation>Delete — удалить выбранную модель, Enter или F2 — изменить её, Ctrl+Z — отменить удаление.</translation>
        </message>
        <message>
            <source>No models</source>
            <translation>Нет моделей</translation>
        </message>
        <message>
            <source>Restore the suggested models</source>
            <translation>Вернуть рекомендуемые модели</translation>
        </message>
        <message>
            <source>Pick a provider to see its models.</source>
            <translation>Выберите провайдера, чтобы увидеть его модели.</translation>
        </message>
        <message>
            <source>See what {provider} serves and pick models from it, by group or one by one</source>
            <translation>Посмотреть, что предлагает {provider}, и выбрать модели группами или по одной</translation>
        </message>
        <message>
            <source>Add models by ID, e.g. {example} (several separated by commas)</source>
            <translation>Добавить модели по ID, например {example} (несколько — через запятую)</translation>
        </message>
        <message>
            <source>Add models by the name {provider} expects (several separated by commas)</source>
            <translation>Добавить модели по имени, которое ожидает {provider} (несколько — через запятую)</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s) in {groups}</source>
            <translation>
                <numerusform>%n модель в {groups}</numerusform>
                <numerusform>%n модели в {groups}</numerusform>
                <numerusform>%n моделей в {groups}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n group(s)</source>
            <comment>in: N models in {groups}</comment>
            <translation>
                <numerusform>%n группе</numerusform>
                <numerusform>%n группах</numerusform>
                <numerusform>%n группах</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Put back the %n model(s) msdesk suggests for this provider</source>
            <translation>
                <numerusform>Вернуть %n модель, рекомендуемую msdesk для этого провайдера</numerusform>
                <numerusform>Вернуть %n модели, рекомендуемые msdesk для этого провайдера</numerusform>
                <numerusform>Вернуть %n моделей, рекомендуемых msdesk для этого провайдера</numerusform>
            </translation>
        </message>
        <message>
            <source>No models in this list yet.
Use Manage to pick from what this provider serves, or Add model to enter an ID.</source>
            <translation>В списке пока нет моделей.
Выберите их из предложенных провайдером через «Управление» или введите ID через «Добавить модель».</translation>
        </message>
        <message numerus="yes">
            <source>%n model(s)</source>
            <translation>
                <numerusform>%n модель</numerusform>
                <numerusform>%n модели</numerusform>
                <numerusform>%n моделей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Remove the %n {group} model(s) (Delete)</source>
            <translation>
                <numerusform>Удалить %n модель {group} (Delete)</numerusform>
                <numerusform>Удалить %n модели {group} (Delete)</numerusform>
                <numerusform>Удалить %n моделей {group} (Delete)</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove group {group}</source>
            <translation>Удалить группу {group}</translation>
        </message>
        <message>
            <source>Edit {id} (F2)</source>
            <translation>Изменить {id} (F2)</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Изменить {name}</translation>
        </message>
        <message>
            <source>Remove {id} (Delete)</source>
            <translation>Удалить {id} (Delete)</translation>
        </message>
        <message>
            <source>Remove {name}</source>
            <translation>Удалить {name}</translation>
        </message>
        <message>
            <source>Restored {names}.</source>
            <translation>Восстановлено: {names}.</translation>
        </message>
        <message numerus="yes">
            <source>Removed the {group} group (%n model(s)).</source>
            <translation>
                <numerusform>Группа {group} удалена (%n модель).</numerusform>
                <numerusform>Группа {group} удалена (%n модели).</numerusform>
                <numerusform>Группа {group} удалена (%n моделей).</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed {names}.</source>
            <translation>Удалено: {names}.</translation>
        </message>
        <message>
            <source>Added {names}.</source>
            <translation>Добавлено: {names}.</translation>
        </message>
        <message>
            <source>{name} is already in the list.</source>
            <translation>Модель {name} уже есть в списке.</translation>
        </message>
        <message>
            <source>{names} are already in the list.</source>
            <translation>Модели {names} уже есть в списке.</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.network_section</name>
        <message>
            <source>Stored in the keychain</source>
            <translation>Хранится в хранилище ключей</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Необязательно</translation>
        </message>
        <message>
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <source>Network settings</source>
            <translation>Настройки сети</translation>
        </message>
        <message>
            <source>Connect timeout</source>
            <translation>Тайм-аут подключения</translation>
        </message>
        <message>
            <source>The longest wait to open a connection</source>
            <translation>Максимальное ожидание установки соединения</translation>
        </message>
        <message>
            <source>First-byte timeout</source>
            <translation>Тайм-аут первого байта</translation>
        </message>
        <message>
            <source>The longest wait for an answer to start (large models can think for a while)</source>
            <translation>Максимальное ожидание начала ответа (большие модели могут долго думать)</translation>
        </message>
        <message>
            <source>Idle timeout</source>
            <translation>Тайм-аут простоя</translation>
        </message>
        <message>
            <source>The longest silence between two pieces of an answer</source>
            <translation>Максимальная пауза между частями ответа</translation>
        </message>
        <message>
            <source>&amp;Connect</source>
            <translation>&amp;Подключение</translation>
        </message>
        <message>
            <source>&amp;First byte</source>
            <translation>П&amp;ервый байт</translation>
        </message>
        <message>
            <source>&amp;Idle between chunks</source>
            <translation>П&amp;ростой между частями</translation>
        </message>
        <message>
            <source>S&amp;ystem</source>
            <translation>&amp;Системный</translation>
        </message>
        <message>
            <source>Use HTTP_PROXY, HTTPS_PROXY and NO_PROXY, or the OS proxy setting</source>
            <translation>Использовать HTTP_PROXY, HTTPS_PROXY и NO_PROXY или настройки прокси ОС</translation>
        </message>
        <message>
            <source>&amp;None</source>
            <translation>&amp;Без прокси</translation>
        </message>
        <message>
            <source>Connect directly, whatever the environment says</source>
            <translation>Подключаться напрямую, что бы ни указывало окружение</translation>
        </message>
        <message>
            <source>C&amp;ustom</source>
            <translation>Сво&amp;й</translation>
        </message>
        <message>
            <source>Send every request through the proxy below</source>
            <translation>Отправлять все запросы через прокси ниже</translation>
        </message>
        <message>
            <source>System proxy</source>
            <translation>Системный прокси</translation>
        </message>
        <message>
            <source>None proxy</source>
            <translation>Без прокси</translation>
        </message>
        <message>
            <source>Custom proxy</source>
            <translation>Свой прокси</translation>
        </message>
        <message>
            <source>Proxy URL</source>
            <translation>URL прокси</translation>
        </message>
        <message>
            <source>http://, https:// or socks5://; saved when you leave the field</source>
            <translation>http://, https:// или socks5://; сохраняется при выходе из поля</translation>
        </message>
        <message>
            <source>Proxy user name</source>
            <translation>Имя пользователя прокси</translation>
        </message>
        <message>
            <source>Proxy password</source>
            <translation>Пароль прокси</translation>
        </message>
        <message>
            <source>Kept in the system keychain, never in the settings file</source>
            <translation>Хранится в системном хранилище ключей, а не в файле настроек</translation>
        </message>
        <message>
            <source>Proxy &amp;URL</source>
            <translation>&amp;URL прокси</translation>
        </message>
        <message>
            <source>User na&amp;me</source>
            <translation>&amp;Имя пользователя</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>Паро&amp;ль</translation>
        </message>
        <message>
            <source>Network settings error</source>
            <translation>Ошибка настроек сети</translation>
        </message>
        <message>
            <source>&amp;Test connection</source>
            <translation>Проверить соедине&amp;ние</translation>
        </message>
        <message>
            <source>Test the connection</source>
            <translation>Проверить соединение</translation>
        </message>
        <message>
            <source>One request for the default provider's model list: no token, no quota</source>
            <translation>Один запрос списка моделей у провайдера по умолчанию: без токена, без расхода квоты</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Результат проверки соединения</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Сеть</translation>
        </message>
        <message>
            <source>For every provider. Changes are saved and used at once; answers already arriving finish as they started.</source>
            <translation>Для всех провайдеров. Изменения сохраняются и применяются сразу; ответы, которые уже поступают, завершатся с прежними настройками.</translation>
        </message>
        <message>
            <source>Timeouts</source>
            <translation>Тайм-ауты</translation>
        </message>
        <message>
            <source>First byte: how long an answer may take to start. Idle: how long it may pause once it has started.</source>
            <translation>Первый байт: сколько можно ждать начала ответа. Простой: какую паузу ответ может сделать после начала.</translation>
        </message>
        <message>
            <source>Proxy</source>
            <translation>Прокси</translation>
        </message>
        <message>
            <source>Now {proxy}, from the environment or the system settings.</source>
            <translation>Сейчас используется {proxy} — из окружения или системных настроек.</translation>
        </message>
        <message>
            <source>No system proxy is set now, so msdesk connects directly.</source>
            <translation>Системный прокси сейчас не задан, поэтому msdesk подключается напрямую.</translation>
        </message>
        <message>
            <source>Not saved: {reason}</source>
            <translation>Не сохранено: {reason}</translation>
        </message>
        <message>
            <source>{problem} Until then msdesk keeps the previous proxy setting.</source>
            <translation>{problem} До тех пор msdesk использует прежние настройки прокси.</translation>
        </message>
        <message>
            <source>The proxy user name and password were not stored: {reason}</source>
            <translation>Имя пользователя и пароль прокси не сохранены: {reason}</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <source>✓ {provider} answered in {ms} ms, through {proxy}.</source>
            <translation>✓ {provider} ответил за {ms} мс через {proxy}.</translation>
        </message>
        <message>
            <source>✓ {provider} answered in {ms} ms, through the system proxy.</source>
            <translation>✓ {provider} ответил за {ms} мс через системный прокси.</translation>
        </message>
        <message>
            <source>✓ {provider} answered in {ms} ms, directly.</source>
            <translation>✓ {provider} ответил за {ms} мс напрямую.</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.page</name>
        <message>
            <source>Model provider settings</source>
            <translation>Настройки провайдеров моделей</translation>
        </message>
        <message>
            <source>Network &amp;&amp; failover</source>
            <translation>Сеть и резервирование</translation>
        </message>
        <message>
            <source>Network settings</source>
            <translation>Настройки сети</translation>
        </message>
        <message>
            <source>Timeouts and proxy for every provider, and where requests go when the quota is spent</source>
            <translation>Тайм-ауты и прокси для всех провайдеров, а также куда идут запросы, когда квота исчерпана</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Общие</translation>
        </message>
        <message>
            <source>General settings</source>
            <translation>Общие настройки</translation>
        </message>
        <message>
            <source>Language, theme and text size</source>
            <translation>Язык, тема и размер текста</translation>
        </message>
        <message>
            <source>Model providers</source>
            <translation>Провайдеры моделей</translation>
        </message>
        <message>
            <source>a token check is running</source>
            <translation>идёт проверка токена</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.provider_list</name>
        <message>
            <source>No token yet</source>
            <translation>Нет токенов</translation>
        </message>
        <message numerus="yes">
            <source>%n token(s)</source>
            <translation>
                <numerusform>%n токен</numerusform>
                <numerusform>%n токена</numerusform>
                <numerusform>%n токенов</numerusform>
            </translation>
        </message>
        <message>
            <source>Search providers</source>
            <translation>Поиск провайдеров</translation>
        </message>
        <message>
            <source>Filter the providers by name (Ctrl+F)</source>
            <translation>Отфильтровать провайдеров по названию (Ctrl+F)</translation>
        </message>
        <message>
            <source>Model providers</source>
            <translation>Провайдеры моделей</translation>
        </message>
        <message>
            <source>Select a provider to set it up. Space switches it on or off; drag or press Alt+Up and Alt+Down to reorder.</source>
            <translation>Выберите провайдера, чтобы настроить его. Пробел включает или выключает его; перетащите или нажмите Alt+Up и Alt+Down, чтобы изменить порядок.</translation>
        </message>
        <message>
            <source>Drag to reorder; the switch turns a provider on or off</source>
            <translation>Перетащите, чтобы изменить порядок; переключатель включает или выключает провайдера</translation>
        </message>
        <message>
            <source>Add provider</source>
            <translation>Добавить провайдера</translation>
        </message>
        <message>
            <source>Add any OpenAI-compatible service by its API address</source>
            <translation>Добавить любой совместимый с OpenAI сервис по адресу его API</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Свой</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>Встроенный</translation>
        </message>
        <message>
            <source>{name} (on)</source>
            <translation>{name} (включён)</translation>
        </message>
        <message>
            <source>{subtitle}; on</source>
            <translation>{subtitle}; включён</translation>
        </message>
        <message>
            <source>{name} (off)</source>
            <translation>{name} (выключен)</translation>
        </message>
        <message>
            <source>{subtitle}; off</source>
            <translation>{subtitle}; выключен</translation>
        </message>
        <message>
            <source>No provider matches “{text}”.</source>
            <translation>Нет провайдеров по запросу «{text}».</translation>
        </message>
        <message>
            <source>Could not save the change</source>
            <translation>Не удалось сохранить изменение</translation>
        </message>
        <message>
            <source>Could not save the order</source>
            <translation>Не удалось сохранить порядок</translation>
        </message>
        <message>
            <source>Switch off</source>
            <translation>Выключить</translation>
        </message>
        <message>
            <source>Switch on</source>
            <translation>Включить</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Переместить вверх</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Переместить вниз</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Built-in providers cannot be deleted; switch them off instead.</source>
            <translation>Встроенных провайдеров нельзя удалить, но можно выключить.</translation>
        </message>
        <message>
            <source>Built-in provider</source>
            <translation>Встроенный провайдер</translation>
        </message>
        <message>
            <source>{name} is built in and cannot be deleted; switch it off instead.</source>
            <translation>{name} — встроенный провайдер, его нельзя удалить, но можно выключить.</translation>
        </message>
        <message numerus="yes">
            <source>Its settings and model list and its %n token(s) in the keychain are removed. This cannot be undone.</source>
            <translation>
                <numerusform>Будут удалены его настройки, список моделей и %n токен в хранилище ключей. Это нельзя отменить.</numerusform>
                <numerusform>Будут удалены его настройки, список моделей и %n токена в хранилище ключей. Это нельзя отменить.</numerusform>
                <numerusform>Будут удалены его настройки, список моделей и %n токенов в хранилище ключей. Это нельзя отменить.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its settings and model list are removed. This cannot be undone.</source>
            <translation>Будут удалены его настройки и список моделей. Это нельзя отменить.</translation>
        </message>
        <message>
            <source>Delete provider</source>
            <translation>Удаление провайдера</translation>
        </message>
        <message>
            <source>Delete “{name}”?</source>
            <translation>Удалить «{name}»?</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Could not delete the provider</source>
            <translation>Не удалось удалить провайдера</translation>
        </message>
        <message>
            <source>Edit provider</source>
            <translation>Изменение провайдера</translation>
        </message>
        <message>
            <source>Any service that speaks the OpenAI chat API works: a local server (Ollama, LM Studio, vLLM) or a cloud one.</source>
            <translation>Подойдёт любой сервис с API чата OpenAI: локальный сервер (Ollama, LM Studio, vLLM) или облачный.</translation>
        </message>
        <message>
            <source>e.g. My vLLM server</source>
            <translation>например, Мой сервер vLLM</translation>
        </message>
        <message>
            <source>Provider name</source>
            <translation>Название провайдера</translation>
        </message>
        <message>
            <source>API host</source>
            <translation>Адрес API</translation>
        </message>
        <message>
            <source>The API base; /chat/completions is added. End with # to use it as it is.</source>
            <translation>Базовый адрес API; к нему добавляется /chat/completions. Поставьте # в конце, чтобы использовать адрес как есть.</translation>
        </message>
        <message>
            <source>Provider type</source>
            <translation>Тип провайдера</translation>
        </message>
        <message>
            <source>ModelScope-compatible: reads ModelScope's quota headers and checks ms- tokens</source>
            <translation>Совместимый с ModelScope: читает заголовки квоты ModelScope и проверяет токены ms-</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Название</translation>
        </message>
        <message>
            <source>API &amp;host</source>
            <translation>&amp;Адрес API</translation>
        </message>
        <message>
            <source>&amp;Type</source>
            <translation>&amp;Тип</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Requests go nowhere yet: {reason}.</source>
            <translation>Запросам пока некуда идти: {reason}.</translation>
        </message>
        <message>
            <source>Chat requests go to {chat_url}
The model list, embeddings and images go to {root}/…</source>
            <translation>Запросы чата идут на {chat_url}
Список моделей, эмбеддинги и изображения — на {root}/…</translation>
        </message>
        <message>
            <source>⚠ Plain http: your token would travel unencrypted.</source>
            <translation>⚠ Обычный http: токен будет передаваться без шифрования.</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.provider_panel</name>
        <message>
            <source>API host</source>
            <translation>Адрес API</translation>
        </message>
        <message>
            <source>The provider's OpenAI-compatible API address; saved when you leave the field</source>
            <translation>Совместимый с OpenAI адрес API провайдера; сохраняется при выходе из поля</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Вернуть</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Сбросить</translation>
        </message>
        <message>
            <source>Reset the API host</source>
            <translation>Сбросить адрес API</translation>
        </message>
        <message>
            <source>API host error</source>
            <translation>Ошибка адреса API</translation>
        </message>
        <message>
            <source>Chat requests go to</source>
            <translation>Запросы чата идут на</translation>
        </message>
        <message>
            <source>Chat URL preview</source>
            <translation>Предпросмотр URL чата</translation>
        </message>
        <message>
            <source>msdesk adds /chat/completions to this address. End it with # to use the address exactly as written for chat; the model list, embeddings and images then go to it without its /chat/completions.</source>
            <translation>msdesk добавляет к этому адресу /chat/completions. Поставьте # в конце, чтобы чат использовал адрес в точности как написано; тогда список моделей, эмбеддинги и изображения идут на него без /chat/completions.</translation>
        </message>
        <message>
            <source>⚠ Plain http to another computer: your token would travel unencrypted. Use https unless this is a network you trust.</source>
            <translation>⚠ Обычный http к другому компьютеру: токен будет передаваться без шифрования. Используйте https, если только это не доверенная сеть.</translation>
        </message>
        <message>
            <source>Unencrypted connection warning</source>
            <translation>Предупреждение о незашифрованном соединении</translation>
        </message>
        <message>
            <source>Go back to {address}</source>
            <translation>Вернуть {address}</translation>
        </message>
        <message>
            <source>MSDESK_API_BASE is set, so msdesk uses {address} and ignores this setting.</source>
            <translation>Задана переменная MSDESK_API_BASE, поэтому msdesk использует {address} и не учитывает эту настройку.</translation>
        </message>
        <message>
            <source>nowhere: {reason}</source>
            <translation>никуда: {reason}</translation>
        </message>
        <message>
            <source>{chat_url}
Other calls: {root}/models, /embeddings, /images/…</source>
            <translation>{chat_url}
Другие вызовы: {root}/models, /embeddings, /images/…</translation>
        </message>
        <message>
            <source>{error}. Not saved: fix it, or press Esc to go back.</source>
            <translation>{error}. Не сохранено: исправьте или нажмите Esc, чтобы вернуть прежний адрес.</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>Не сохранено: {error}</translation>
        </message>
        <message>
            <source>Could not reset: {error}</source>
            <translation>Не удалось сбросить: {error}</translation>
        </message>
        <message>
            <source>Provider settings</source>
            <translation>Настройки провайдера</translation>
        </message>
        <message>
            <source>Edit the name, address and type of this provider</source>
            <translation>Изменить название, адрес и тип этого провайдера</translation>
        </message>
        <message>
            <source>Edit provider</source>
            <translation>Изменить провайдера</translation>
        </message>
        <message>
            <source>Delete this provider</source>
            <translation>Удалить этого провайдера</translation>
        </message>
        <message>
            <source>Delete provider</source>
            <translation>Удалить провайдера</translation>
        </message>
        <message>
            <source>Provider on</source>
            <translation>Провайдер включён</translation>
        </message>
        <message>
            <source>Switch this provider on or off</source>
            <translation>Включить или выключить этого провайдера</translation>
        </message>
        <message>
            <source>&amp;Region</source>
            <translation>&amp;Регион</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <source>Which regional endpoint to use; keys work only in their own region</source>
            <translation>Какую региональную точку доступа использовать; ключи работают только в своём регионе</translation>
        </message>
        <message>
            <source>Provider links</source>
            <translation>Ссылки провайдера</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Ссылки</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>API tokens</source>
            <translation>Токены API</translation>
        </message>
        <message>
            <source>The model list of this provider will show here.</source>
            <translation>Здесь появится список моделей этого провайдера.</translation>
        </message>
        <message>
            <source>Built-in</source>
            <translation>Встроенный</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Свой</translation>
        </message>
        <message>
            <source>ID {id}</source>
            <translation>ID {id}</translation>
        </message>
        <message>
            <source>Edit provider {name}</source>
            <translation>Изменить провайдера {name}</translation>
        </message>
        <message>
            <source>Delete provider {name}</source>
            <translation>Удалить провайдера {name}</translation>
        </message>
        <message>
            <source>{name} is on</source>
            <translation>{name} включён</translation>
        </message>
        <message>
            <source>{name} is off</source>
            <translation>{name} выключен</translation>
        </message>
        <message>
            <source>Add several tokens (backup accounts): when one token's daily quota is spent, you can go on with the next.</source>
            <translation>Добавьте несколько токенов (резервные аккаунты): когда дневная квота одного токена исчерпана, можно продолжить со следующим.</translation>
        </message>
        <message>
            <source>Add one or more API keys; the first one is used unless you pick another.</source>
            <translation>Добавьте один или несколько ключей API; используется первый, если вы не выберете другой.</translation>
        </message>
        <message>
            <source>Model library (API-Inference) ↗</source>
            <translation>Библиотека моделей (API-Inference) ↗</translation>
        </message>
        <message>
            <source>Model list ↗</source>
            <translation>Список моделей ↗</translation>
        </message>
        <message>
            <source>Get a token ↗</source>
            <translation>Получить токен ↗</translation>
        </message>
        <message>
            <source>Create or copy a token</source>
            <translation>Создать или скопировать токен</translation>
        </message>
        <message>
            <source>Documentation ↗</source>
            <translation>Документация ↗</translation>
        </message>
        <message>
            <source>How the API works</source>
            <translation>Как работает API</translation>
        </message>
        <message>
            <source>Models this service serves</source>
            <translation>Модели этого сервиса</translation>
        </message>
        <message>
            <source>API usage ↗</source>
            <translation>Использование API ↗</translation>
        </message>
        <message>
            <source>Your quota and usage</source>
            <translation>Ваша квота и расход</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Вкл.</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Выкл.</translation>
        </message>
        <message>
            <source>Could not change the region: {error}</source>
            <translation>Не удалось сменить регион: {error}</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.token_form</name>
        <message>
            <source>Token</source>
            <translation>Токен</translation>
        </message>
        <message>
            <source>Paste the token</source>
            <translation>Вставьте токен</translation>
        </message>
        <message>
            <source>Paste the token; spaces and line breaks are removed</source>
            <translation>Вставьте токен; пробелы и переносы строк удаляются</translation>
        </message>
        <message>
            <source>Show the token</source>
            <translation>Показать токен</translation>
        </message>
        <message>
            <source>Hide the token</source>
            <translation>Скрыть токен</translation>
        </message>
        <message>
            <source>Save token</source>
            <translation>Сохранить токен</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Add token</source>
            <translation>Добавить токен</translation>
        </message>
        <message>
            <source>Token label</source>
            <translation>Имя токена</translation>
        </message>
        <message>
            <source>A name for this token, e.g. the account it belongs to</source>
            <translation>Имя токена, например аккаунт, к которому он относится</translation>
        </message>
        <message>
            <source>Leave empty to keep the current token</source>
            <translation>Оставьте пустым, чтобы сохранить текущий токен</translation>
        </message>
        <message>
            <source>Token format warning</source>
            <translation>Предупреждение о формате токена</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>&amp;Label</source>
            <translation>&amp;Имя</translation>
        </message>
        <message>
            <source>&amp;Token</source>
            <translation>&amp;Токен</translation>
        </message>
        <message>
            <source>Add your first token</source>
            <translation>Добавьте первый токен</translation>
        </message>
        <message>
            <source>Add your {provider} token</source>
            <translation>Добавьте токен {provider}</translation>
        </message>
        <message>
            <source>An API key for {provider}, if it asks for one.</source>
            <translation>Ключ API для {provider}, если он его требует.</translation>
        </message>
        <message>
            <source>Store the token in the keychain</source>
            <translation>Сохранить токен в хранилище ключей</translation>
        </message>
        <message>
            <source>Get a token ↗</source>
            <translation>Получить токен ↗</translation>
        </message>
        <message>
            <source>Opens the {provider} page that creates tokens</source>
            <translation>Открывает страницу {provider}, где создаются токены</translation>
        </message>
        <message>
            <source>Change the label, or paste a new token to replace the stored one.</source>
            <translation>Измените имя или вставьте новый токен вместо сохранённого.</translation>
        </message>
        <message>
            <source>A backup token (another account) keeps you going when one token's daily quota is spent.</source>
            <translation>Резервный токен (другой аккаунт) позволит продолжить, когда дневная квота одного токена исчерпана.</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <source>Edit token — {provider}</source>
            <translation>Изменение токена — {provider}</translation>
        </message>
        <message>
            <source>Add token — {provider}</source>
            <translation>Добавление токена — {provider}</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.token_row</name>
        <message>
            <source>Token {label}</source>
            <translation>Токен {label}</translation>
        </message>
        <message>
            <source>Label: {label}</source>
            <translation>Имя: {label}</translation>
        </message>
        <message>
            <source>used first</source>
            <translation>основной</translation>
        </message>
        <message>
            <source>Chats use this token unless you pick another</source>
            <translation>Чаты используют этот токен, если вы не выберете другой</translation>
        </message>
        <message>
            <source>Token, masked</source>
            <translation>Токен скрыт</translation>
        </message>
        <message>
            <source>Show this token</source>
            <translation>Показать этот токен</translation>
        </message>
        <message>
            <source>Show token {label}</source>
            <translation>Показать токен {label}</translation>
        </message>
        <message>
            <source>Copy this token to the clipboard</source>
            <translation>Скопировать этот токен в буфер обмена</translation>
        </message>
        <message>
            <source>Copy token {label}</source>
            <translation>Копировать токен {label}</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Скопировано</translation>
        </message>
        <message>
            <source>Edit the label or replace the token</source>
            <translation>Изменить имя или заменить токен</translation>
        </message>
        <message>
            <source>Edit token {label}</source>
            <translation>Изменить токен {label}</translation>
        </message>
        <message>
            <source>Delete this token (you can undo)</source>
            <translation>Удалить этот токен (можно отменить)</translation>
        </message>
        <message>
            <source>Delete token {label}</source>
            <translation>Удалить токен {label}</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Check token {label}</source>
            <translation>Проверить токен {label}</translation>
        </message>
        <message>
            <source>Send one tiny request to see whether this token works (costs one call of today's quota)</source>
            <translation>Отправить один минимальный запрос, чтобы проверить, работает ли токен (расходует один вызов сегодняшней квоты)</translation>
        </message>
        <message>
            <source>Check result</source>
            <translation>Результат проверки</translation>
        </message>
        <message>
            <source>Token, shown</source>
            <translation>Токен показан</translation>
        </message>
        <message>
            <source>Hide this token (hides itself after {seconds} s)</source>
            <translation>Скрыть этот токен (скроется сам через {seconds} с)</translation>
        </message>
        <message>
            <source>Hide token {label}</source>
            <translation>Скрыть токен {label}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Stop this check</source>
            <translation>Остановить эту проверку</translation>
        </message>
        <message>
            <source>Cancel the check of token {label}</source>
            <translation>Отменить проверку токена {label}</translation>
        </message>
    </context>
    <context>
        <name>ui.settings.tokens</name>
        <message>
            <source>Add token</source>
            <translation>Добавить токен</translation>
        </message>
        <message>
            <source>Add another token, e.g. a backup account for when the daily quota is spent</source>
            <translation>Добавить ещё один токен, например резервный аккаунт на случай, когда дневная квота исчерпана</translation>
        </message>
        <message>
            <source>Check all</source>
            <translation>Проверить все</translation>
        </message>
        <message>
            <source>Check all tokens</source>
            <translation>Проверить все токены</translation>
        </message>
        <message>
            <source>Check every token (one call of each token's daily quota)</source>
            <translation>Проверить каждый токен (один вызов дневной квоты каждого токена)</translation>
        </message>
        <message>
            <source>Keychain warning</source>
            <translation>Предупреждение о хранилище ключей</translation>
        </message>
        <message>
            <source>Tokens are kept for this session only.</source>
            <translation>Токены хранятся только до конца сеанса.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No secure keychain.&lt;/b&gt; {note} They are never written to a file: add them again after a restart.</source>
            <translation>&lt;b&gt;Нет защищённого хранилища ключей.&lt;/b&gt; {note} Токены никогда не записываются в файл: после перезапуска добавьте их снова.</translation>
        </message>
        <message>
            <source>Loading tokens…</source>
            <translation>Загрузка токенов…</translation>
        </message>
        <message>
            <source>Tokens</source>
            <translation>Токены</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <source>Undo delete</source>
            <translation>Отменить удаление</translation>
        </message>
        <message>
            <source>Put the deleted token back</source>
            <translation>Вернуть удалённый токен</translation>
        </message>
        <message>
            <source>Could not read the tokens: {error}</source>
            <translation>Не удалось прочитать токены: {error}</translation>
        </message>
        <message>
            <source>Saved in the keychain. Press Check to make sure it works (one call of today's quota).</source>
            <translation>Сохранён в хранилище ключей. Нажмите «Проверить», чтобы убедиться, что он работает (один вызов сегодняшней квоты).</translation>
        </message>
        <message>
            <source>Saved for this session. Press Check to make sure it works (one call of today's quota).</source>
            <translation>Сохранён до конца сеанса. Нажмите «Проверить», чтобы убедиться, что он работает (один вызов сегодняшней квоты).</translation>
        </message>
        <message>
            <source>Deleted the token “{label}”.</source>
            <translation>Токен «{label}» удалён.</translation>
        </message>
        <message>
            <source>Could not delete the token: {error}</source>
            <translation>Не удалось удалить токен: {error}</translation>
        </message>
        <message>
            <source>Could not put the token back: {error}</source>
            <translation>Не удалось вернуть токен: {error}</translation>
        </message>
        <message>
            <source>Could not read the token: {error}</source>
            <translation>Не удалось прочитать токен: {error}</translation>
        </message>
        <message>
            <source>OK · {seconds} s · calls left today: {summary}</source>
            <translation>OK · {seconds} с · осталось вызовов на сегодня: {summary}</translation>
        </message>
        <message>
            <source>OK · {seconds} s</source>
            <translation>OK · {seconds} с</translation>
        </message>
        <message>
            <source>Checked with {model} at {time}</source>
            <translation>Проверено моделью {model} в {time}</translation>
        </message>
        <message>
            <source>Checking with {model}…</source>
            <translation>Проверка моделью {model}…</translation>
        </message>
        <message>
            <source>Check cancelled.</source>
            <translation>Проверка отменена.</translation>
        </message>
        <message>
            <source>Cancel checks</source>
            <translation>Отменить проверки</translation>
        </message>
        <message>
            <source>Cancel the token checks</source>
            <translation>Отменить проверку токенов</translation>
        </message>
        <message>
            <source>Stop the checks that are running</source>
            <translation>Остановить идущие проверки</translation>
        </message>
    </context>
    <context>
        <name>ui.shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Везде</translation>
        </message>
        <message>
            <source>Go to Chat</source>
            <translation>Перейти в «Чат»</translation>
        </message>
        <message>
            <source>Go to Models</source>
            <translation>Перейти в «Модели»</translation>
        </message>
        <message>
            <source>Go to Settings</source>
            <translation>Перейти в «Настройки»</translation>
        </message>
        <message>
            <source>Open Settings</source>
            <translation>Открыть настройки</translation>
        </message>
        <message>
            <source>Show the keyboard shortcuts</source>
            <translation>Показать сочетания клавиш</translation>
        </message>
        <message>
            <source>Chat</source>
            <translation>Чат</translation>
        </message>
        <message>
            <source>New chat</source>
            <translation>Новый чат</translation>
        </message>
        <message>
            <source>Search the chats</source>
            <translation>Поиск по чатам</translation>
        </message>
        <message>
            <source>Choose the model</source>
            <translation>Выбрать модель</translation>
        </message>
        <message>
            <source>Go to the message box</source>
            <translation>Перейти к полю сообщения</translation>
        </message>
        <message>
            <source>Send the message (Ctrl+Enter when Enter makes a new line)</source>
            <translation>Отправить сообщение (Ctrl+Enter, если Enter переносит строку)</translation>
        </message>
        <message>
            <source>New line in the message</source>
            <translation>Новая строка в сообщении</translation>
        </message>
        <message>
            <source>Stop the answer</source>
            <translation>Остановить ответ</translation>
        </message>
        <message>
            <source>Rename the selected chat</source>
            <translation>Переименовать выбранный чат</translation>
        </message>
        <message>
            <source>Delete the selected chat</source>
            <translation>Удалить выбранный чат</translation>
        </message>
        <message>
            <source>Bring back the chat just deleted</source>
            <translation>Вернуть только что удалённый чат</translation>
        </message>
        <message>
            <source>Export the chat to Markdown</source>
            <translation>Экспортировать чат в Markdown</translation>
        </message>
        <message>
            <source>Models</source>
            <translation>Модели</translation>
        </message>
        <message>
            <source>Search the model library (also /)</source>
            <translation>Поиск в библиотеке моделей (также /)</translation>
        </message>
        <message>
            <source>Search again</source>
            <translation>Повторить поиск</translation>
        </message>
        <message>
            <source>Copy the selected model's ID</source>
            <translation>Копировать ID выбранной модели</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>Search the providers</source>
            <translation>Поиск провайдеров</translation>
        </message>
        <message>
            <source>Move the selected provider up</source>
            <translation>Переместить выбранного провайдера вверх</translation>
        </message>
        <message>
            <source>Move the selected provider down</source>
            <translation>Переместить выбранного провайдера вниз</translation>
        </message>
        <message>
            <source>Bring back the models just removed</source>
            <translation>Вернуть только что удалённые модели</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.links</name>
        <message>
            <source>Opens {url} in the browser</source>
            <translation>Открывает {url} в браузере</translation>
        </message>
    </context>
    <context>
        <name>ui.widgets.spinner</name>
        <message>
            <source>Working</source>
            <translation>Выполняется</translation>
        </message>
    </context>
</TS>
