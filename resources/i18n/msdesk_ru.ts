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
</TS>
