<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>cli</name>
        <message>
            <source>ModelScope on the desktop: tokens in the OS keychain, the model library with its API-Inference filter, and chat. Without a command, starts the desktop app.</source>
            <translation>ModelScope на рабочем столе: токены в хранилище ключей ОС, библиотека моделей с фильтром API-Inference и чат. Без команды запускает приложение.</translation>
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
            <translation>имя этого токена (по умолчанию: main)</translation>
        </message>
        <message>
            <source>list stored tokens, masked</source>
            <translation>список сохранённых токенов (скрытых)</translation>
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
            <translation>проверить токены одним настоящим маленьким вызовом каждый (расходует один вызов дневной квоты)</translation>
        </message>
        <message>
            <source>only this token (default: every stored token)</source>
            <translation>только этот токен (по умолчанию: все сохранённые)</translation>
        </message>
        <message>
            <source>model to call (default: the provider's first chat model)</source>
            <translation>вызываемая модель (по умолчанию: первая модель чата провайдера)</translation>
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
            <translation>У провайдера «{provider}» не настроена модель чата; укажите --model.</translation>
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
            <translation>(нет)</translation>
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
            <translation>Сброс: {when}</translation>
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
            <translation>На момент экспорта ответ ещё писался.</translation>
        </message>
        <message>
            <source>You</source>
            <extracomment>The tags of the Thinking block, opening or closing, as they could appear in the reasoning.</extracomment>
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
        <name>core.dbrepair</name>
        <message>
            <source>no answer</source>
            <translation>нет ответа</translation>
        </message>
    </context>
    <context>
        <name>core.history</name>
        <message>
            <source>Could not open the chat history {path} ({reason}). Check that its folder is writable and the disk is not full, close any other running msdesk, then restart.</source>
            <extracomment>``MIGRATIONS[n]`` brings a file from ``user_version`` n to n + 1, in one transaction. The drafts row of the new chat (conversation ids start at 1).</extracomment>
            <translation>Не удалось открыть историю чатов {path} ({reason}). Проверьте, что в её папку можно писать и диск не заполнен, закройте другие запущенные msdesk и перезапустите.</translation>
        </message>
        <message>
            <source>The chat history was written by a newer version of msdesk (schema {version}); it was kept as {backup} and msdesk started a new, empty history. Update msdesk to see the old conversations again.</source>
            <extracomment>Called with the warning when a read finds damage and the file is repaired.</extracomment>
            <translation>История чатов записана более новой версией msdesk (схема {version}); она сохранена как {backup}, а msdesk начал новую, пустую историю. Обновите msdesk, чтобы снова увидеть старые разговоры.</translation>
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
                <numerusform>%n разговор</numerusform>
                <numerusform>%n разговора</numerusform>
                <numerusform>%n разговоров</numerusform>
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
            <extracomment>Called (on the writer's thread) when a read there found damage and repaired the file.</extracomment>
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
            <extracomment>The model library says API-Inference serves it (ask ``msdesk.core.served.is_served``).</extracomment>
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
        <name>core.network</name>
        <message>
            <source>Settings → Network</source>
            <extracomment>Where the proxy's user name and password live in the keychain.</extracomment>
            <translation>Настройки → Сеть</translation>
        </message>
        <message>
            <source>e.g. {url}</source>
            <translation>например, {url}</translation>
        </message>
        <message>
            <source>No proxy URL is set. Enter one in {where} ({example}), or choose System or None.</source>
            <translation>Адрес прокси не задан. Укажите его в разделе «{where}» ({example}) или выберите «Системный» или «Нет».</translation>
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
            <translation>не доверенный</translation>
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
            <extracomment>Endpoint paths a ``#`` API host may end with; the other calls go to what is left before them.</extracomment>
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
            <translation>API-ключ из консоли Alibaba Cloud Bailian (платный, со своей квотой).</translation>
        </message>
        <message>
            <source>Unknown provider '{provider}'. Known providers: {known}.</source>
            <translation>Неизвестный провайдер «{provider}». Известные провайдеры: {known}.</translation>
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
            <extracomment>The one notice of change to the views (see ``changes``). Store, rename and delete tokens (checked once, each change announced on ``changes``). The warnings about msdesk's own files (settings, history, usage): also in ``warnings``.</extracomment>
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
            <extracomment>"system" follows the OS; otherwise one of LANGUAGES. "system" follows the OS's light or dark scheme; otherwise "light" or "dark". Text size in per cent of the OS's font; one of FONT_SCALES. Fallbacks by source model ID ("Qwen/Qwen3-32B"), or "*" for any model of any provider.</extracomment>
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
            <extracomment>A temporary file this old is stale whoever wrote it (a write takes milliseconds).</extracomment>
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
</TS>
