<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
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
            <translation>Список бесед слева, открытая беседа справа</translation>
        </message>
        <message>
            <source>Answers stream in as they are written, and Stop halts them at once</source>
            <translation>Ответы появляются по мере написания, а «Стоп» сразу их прерывает</translation>
        </message>
        <message>
            <source>Pick the model for each conversation from the ones API-Inference serves</source>
            <translation>Выбор модели для каждой беседы среди доступных через API-Inference</translation>
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
            <translation>Токен доступа хранится в системной связке ключей, а не в обычном файле</translation>
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
            <translation>Скоро здесь</translation>
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
            <extracomment>Past this many characters in total, code blocks are no longer coloured. Code and table headers sit on light backgrounds in either palette, so their text is dark too (left to the palette, it would be light on light in a dark theme); quotes are a grey that reads on light and dark backgrounds alike. A code renderer: (code, language, env) -&gt; HTML. ``env`` is the dict given to ``render``.</extracomment>
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
            <translation>Нарисовать изображение</translation>
        </message>
        <message>
            <source>Open a new chat with this image model: describe the picture in a message and send it</source>
            <translation>Открыть новый чат с этой моделью изображений: опишите картинку в сообщении и отправьте его</translation>
        </message>
        <message>
            <source>No chat with this model: an embedding model turns text into vectors for search and retrieval, it does not answer. Programs call it through the API-Inference embeddings endpoint.</source>
            <translation>Чат с этой моделью невозможен: модель эмбеддингов превращает текст в векторы для поиска и извлечения и не отвечает. Программы вызывают её через эндпоинт embeddings в API-Inference.</translation>
        </message>
        <message>
            <source>No chat with this model: it is a model of another kind. msdesk chats with text and vision models and draws with image models.</source>
            <translation>Чат с этой моделью невозможен: это модель другого типа. msdesk общается с текстовыми и визуальными моделями и рисует с помощью моделей изображений.</translation>
        </message>
        <message>
            <source>No chat with this model: it is an {task} model. msdesk chats with text and vision models and draws with image models.</source>
            <translation>Чат с этой моделью невозможен: это модель типа «{task}». msdesk общается с текстовыми и визуальными моделями и рисует с помощью моделей изображений.</translation>
        </message>
        <message>
            <source>No chat with this model: it is a {task} model. msdesk chats with text and vision models and draws with image models.</source>
            <translation>Чат с этой моделью невозможен: это модель типа «{task}». msdesk общается с текстовыми и визуальными моделями и рисует с помощью моделей изображений.</translation>
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
            <translation>от {organisation} ({owner})</translation>
        </message>
        <message>
            <source>by {owner}</source>
            <translation>от {owner}</translation>
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
            <translation>Текст в изображение</translation>
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
            <translation>Текст в видео</translation>
        </message>
        <message>
            <source>Image to image</source>
            <translation>Изображение в изображение</translation>
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
            <extracomment>Local sort keys (the same names as the hub's sorts).</extracomment>
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
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
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
            <extracomment>Load the next page when the list is scrolled to within this many rows of its end.</extracomment>
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
            <extracomment>The gateway's model list is asked apart from the searches (it does not make the page busy).</extracomment>
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
            <extracomment>The slow tick of both widgets (the countdown moves by the minute). Under this share of the limit left, the figures turn amber.</extracomment>
            <translation>{text} · снова в {time}</translation>
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
                <numerusform>Собственный счёт msdesk (оценка): сегодня %n вызов с этим токеном.</numerusform>
                <numerusform>Собственный счёт msdesk (оценка): сегодня %n вызова с этим токеном.</numerusform>
                <numerusform>Собственный счёт msdesk (оценка): сегодня %n вызовов с этим токеном.</numerusform>
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
                <numerusform>Собственный счёт msdesk (оценка): сегодня %n вызов с этим токеном; вызовы из других мест не учитываются.</numerusform>
                <numerusform>Собственный счёт msdesk (оценка): сегодня %n вызова с этим токеном; вызовы из других мест не учитываются.</numerusform>
                <numerusform>Собственный счёт msdesk (оценка): сегодня %n вызовов с этим токеном; вызовы из других мест не учитываются.</numerusform>
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
                <numerusform>{provider} не сообщает данных о квоте. Собственный счёт msdesk (оценка): сегодня %n вызов с этим токеном.</numerusform>
                <numerusform>{provider} не сообщает данных о квоте. Собственный счёт msdesk (оценка): сегодня %n вызова с этим токеном.</numerusform>
                <numerusform>{provider} не сообщает данных о квоте. Собственный счёт msdesk (оценка): сегодня %n вызовов с этим токеном.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>≈ %n call(s) today (msdesk's count)</source>
            <translation>
                <numerusform>≈ %n вызов сегодня (счёт msdesk)</numerusform>
                <numerusform>≈ %n вызова сегодня (счёт msdesk)</numerusform>
                <numerusform>≈ %n вызовов сегодня (счёт msdesk)</numerusform>
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
            <translation>Ни у одного токена {provider} ({tokens}) не осталось вызовов на сегодня для {model}.</translation>
        </message>
        <message>
            <source>Every {provider} token ({tokens}) has no calls left today.</source>
            <translation>Ни у одного токена {provider} ({tokens}) не осталось вызовов на сегодня.</translation>
        </message>
        <message numerus="yes">
            <source>msdesk's own count (an estimate): %n call(s) today with these tokens.</source>
            <translation>
                <numerusform>Собственный счёт msdesk (оценка): сегодня %n вызов с этими токенами.</numerusform>
                <numerusform>Собственный счёт msdesk (оценка): сегодня %n вызова с этими токенами.</numerusform>
                <numerusform>Собственный счёт msdesk (оценка): сегодня %n вызовов с этими токенами.</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <comment>list separator</comment>
            <translation>, </translation>
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
            <extracomment>The narrowest the item gets when the status bar is short of room (then the text is elided).</extracomment>
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
            <extracomment>Without a call in between, the credit balance is asked for again at most this often.</extracomment>
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
            <extracomment>The model the Chat page talks to: the credit line says what a call of it costs.</extracomment>
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
            <translation>Вызовы сегодня (счёт msdesk)</translation>
        </message>
        <message>
            <source>Left today (server)</source>
            <translation>Осталось сегодня (сервер)</translation>
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
                <numerusform>≈ %n вызов сегодня (счёт msdesk)</numerusform>
                <numerusform>≈ %n вызова сегодня (счёт msdesk)</numerusform>
                <numerusform>≈ %n вызовов сегодня (счёт msdesk)</numerusform>
            </translation>
        </message>
        <message>
            <source>msdesk's own count of its calls with this token: an estimate of the day's use (calls made elsewhere with the same token are not counted).</source>
            <translation>Собственный счёт msdesk вызовов с этим токеном: оценка использования за день (вызовы с тем же токеном из других мест не учитываются).</translation>
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
            <translation>За последние {days} дн. msdesk ещё не делал вызовов с этим токеном: график заполнится, когда вы начнёте общаться.</translation>
        </message>
        <message>
            <source>No calls by msdesk with {provider} in the last {days} days yet: the chart fills in as you chat.</source>
            <translation>За последние {days} дн. msdesk ещё не делал вызовов к {provider}: график заполнится, когда вы начнёте общаться.</translation>
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
            <translation>нет · снова в {time}</translation>
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
