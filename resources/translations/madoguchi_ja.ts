<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>The first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator adds the other staff in Settings › Staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator already exists; no new one is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Regular hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-end holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No opening hours on this weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened by the administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by the administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>From month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-end days (by ordinance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days forced open or closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an override in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseState</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited to the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the office&apos;s data folder (default: the user data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language of messages (default: the office setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi: the My Number Card counter. Without a command the application starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a demo office with three months of activity and print its logins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random seed (same seed, same demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage staff accounts (administrators)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a staff account (without --user only while there is no administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the staff member&apos;s name as shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable a staff account (it can no longer log in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enable a staff account again (also unlocks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a new password for a staff account (also unlocks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the new password from standard input (the line after --user&apos;s password, if that is read too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator already exists: add staff with --user LOGIN of an administrator and that administrator&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {login} ({name}) as {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no office database in {folder}. Check --data-dir, or start Madoguchi once to set up the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database in {folder} cannot be opened (damaged, or not a Madoguchi database). Nothing was changed; ask the administrator to restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder has no office profile yet. Start Madoguchi once to set up the office, or use &apos;madoguchi demo&apos; for a demo office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in as this staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the password from the first line of standard input (else from MADOGUCHI_PASSWORD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command needs --user LOGIN and that staff member&apos;s password (with --password-stdin, or in the environment variable MADOGUCHI_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given for {login}. Pass it on standard input with --password-stdin, or in the environment variable MADOGUCHI_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountKind</name>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pop-up application support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity checked at application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover notices sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards mailed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailed cards delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailed cards returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate renewals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN resets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card details updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountersPage</name>
    <message>
        <source>Counters and handover terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover terminals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatedKeyTab</name>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year (as of 1 January)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a value in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the value valid from {date}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatedSettingsPage</name>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values by date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryMethod</name>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted-recipient post (special type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple registered post</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Refused: {folder} holds a real office. A demo office needs an empty data folder (use --data-dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office created in {folder}: {people} residents, {visits} visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo logins (login / password / role):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoBadge</name>
    <message>
        <source>This is a demo office: all residents and records are invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditableList</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Show details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The year-end days need a valid month and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card case that is {from_state} cannot become {to_state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a card case from {from_state} to {to_state} belongs to the {owner} screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may mark a card as {to_state}. Ask a supervisor to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new card case cannot start as {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {owner} screen cannot open a card case as {state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application form ID must be exactly 23 digits ({count} characters entered). Check it against the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reservation number is 3 letters or digits followed by 6 digits, e.g. ABC123456. Check it against the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record only the kind of identity document, never its number or other details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only documents of lists A and B can be moved between the two lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one active document type in list A.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one way to check identity when the resident applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo certificate needs 1 to 3 documents of list B with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the municipality name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the department name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local government code must be 6 digits with a correct check digit (for example 131016). Check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number as 10 or 11 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the postal code as 7 digits (123-4567).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for every counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two counters have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one handover terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for every handover terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two handover terminals have the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours must end after they start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opening hours for at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number for every tablet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two tablets have the same number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail address of tablet {number} is not valid (name@example.jp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tablet needs its own mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown delivery method {method}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value starts on 1 January of a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value starts on the first day of a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter every number of the value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number between 0 and {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower target rate must not exceed the upper one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dated setting {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a 12-digit Individual Number (個人番号). The Individual Number must never be recorded: remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name (氏名).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the フリガナ in kana only (hiragana or katakana).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future. Check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the phone number as 10 or 11 digits (hyphens allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the postal code as 7 digits, like 123-4567.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least the last 4 digits of the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by フリガナ (in kana), phone number or birth date (like S55.5.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A retention period is a whole number of days from 1 to {max}, or empty to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown service {service}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A service takes between 1 and {max} minutes; enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in only must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit that is {from_state} cannot become {to_state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the date like 1980-05-01, 1980/5/1, 19800501, S55.5.1 or 昭和55年5月1日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such day in the calendar. Check the month and day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An era year starts at 1 (元年). Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {era} era began on {start}. Check the era and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {era} era ran from {start} to {end}. Check the era and year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates before {start} cannot be entered. Check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is too long to print on one roll. Print it on A4 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text does not fit on the label. Use shorter lines or a larger label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels do not fit on the sheet. Check the label size and margins in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document contains a 12-digit number that looks like an Individual Number (個人番号). It was not printed. Remove the number and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is set up on this PC. Save the document as a PDF, or ask the administrator to install the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer {printer} was not found. Choose another printer or save the document as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer does not accept this paper size ({width} × {height} mm). Check the paper settings of the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not start the job. Check that it is switched on and connected, then try again, or save the document as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer stopped in the middle of the job. Check it and print again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be read for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed. Check the login name and the password and try again. After several failed tries the account is locked for a while; an administrator can unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {n} characters. Choose a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password may have at most {n} characters. Choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only logged-in counter staff may do this. Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor or an administrator may do this. Ask one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may do this. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown session kind {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session already exists on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That reservation number already belongs to another card case. Check the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That card case does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo reference is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the correction command to cancel a count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown count kind {kind}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count value must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That count entry does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That count entry was already cancelled. Cancel the correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name of the document type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose list A or list B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document type is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Madoguchi (schema {have}, this version knows {newest}). Install the newer version; the data was not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database upgrade step {number} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office profile has not been set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the venue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A venue with this name already exists. Choose it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The main office cannot be retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder holds a real office. Use an empty folder for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data folder holds a demo office. Use an empty folder for the real office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person&apos;s record no longer exists (it may have been purged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login name has 1 to 64 letters, digits or . _ @ - and starts with a letter or digit; &apos;system&apos; is reserved. Choose another login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the staff member&apos;s name (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with the login {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last active administrator. Make another staff member an administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login {login} is already taken. Choose another login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That visit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{service} is walk-in only and cannot come from a booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one person to check in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same person is listed twice; check in each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person {position} already has queue number {number} for {service} today; use that ticket instead of a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue changed while checking in; try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>The disk is full. Nothing was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another task. Nothing was lost; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only). Ask the administrator to check the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows refused access to a file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred. Nothing that was saved is lost. Copy the details and tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings belong to this PC and apply the next time Madoguchi starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Restart Madoguchi to apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursEditor</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: opens at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: closes at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual hours per weekday. Holidays, year-end days and weekend sessions come later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdDocument</name>
    <message>
        <source>My Number Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of driving record (issued 2012-04-01 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical disability certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental disability certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehabilitation certificate (intellectual disability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special permanent resident certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission for temporary refuge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission for provisional stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Resident Registration card with photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo ID issued by a public office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seafarer&apos;s pocket ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marine officer licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radio operator licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real estate transaction agent certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aviation personnel competence certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firearm or air gun possession permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health insurance qualification certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health insurance card (until its expiry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term care insurance card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension handbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pension certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical benefit recipient certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public assistance recipient certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank passbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient registration card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document showing name and birth date or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo certificate signed by a facility head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>one document of list A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two documents of list B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two documents of list A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one document of list A and one of list B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one document of list A, with the resident typing a PIN on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification card and two documents of list B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo certificate and {n} document(s) of list B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The documents shown are not enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity document was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the resident to type a PIN on the national terminal, or ask for another document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo certificate is never accepted as a proxy&apos;s own ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: {options}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to list &amp;A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to list &amp;B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official name, e.g. 町民カード（写真付き）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of the new document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover: always ask for two documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One document of list A, with the resident typing a PIN on the national terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two documents of list A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One document of list A and one of list B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification card and two documents of list B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity check when the resident applies (card mailed later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the photo certificate signed by a facility head, with documents of list B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of list B with the photo certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of list B with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy&apos;s own ID is always two documents: A+A or A+B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a document type in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added. Save to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the entries and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Opening the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging out…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>Madoguchi — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi — My Number Card counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wareki} ({weekday}) / {seireki}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi — Log in (DEMO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Madoguchi is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Madoguchi is already open for this data folder on this PC. Switch to its window (look in the taskbar) instead of starting it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Madoguchi — {office}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (Ctrl+{n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <source>Restricted-recipient post (special type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simple registered mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yen per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population on 1 January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminals in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postage: restricted-recipient post (special type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postage: simple registered mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National target rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower target (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper target (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local government &amp;code (6 digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover terminals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablets for online applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the office profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office profile has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the entries and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office profile not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the office profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on receipts and forms. The local government code has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;partment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local government code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of this code is wrong. Check the code (for example 131016).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>&amp;Name</source>
        <extracomment>a stored person was put into the form from the duplicate notice (after an audited view) any field was edited by the user or by fill() the fields a filler (the card reader) should supply through fill()</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Furigana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written, e.g. 山田 太郎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In kana, e.g. ヤマダ タロウ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1980-05-01, S55.5.1, 昭和55年5月1日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 090-1234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 123-4567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As on the residence record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date in the Japanese calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resident with the same furigana and birth date is already recorded. Use that record if it is the same person; otherwise carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this person: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and {n} more: search by furigana to see them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters are in none of the fonts and will print as 〓 ({codes}). Correct the text, or write them by hand on the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no printer set up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters that cannot be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some characters are in none of the fonts and will print as 〓 ({codes}). Print anyway? Choose No to correct the text first, or write the characters by hand on the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is kept. What would you like to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep this receipt and show it at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentsPage</name>
    <message>
        <source>Furigana, phone number or birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sea&amp;rch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Furigana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty form for a new resident (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this resident (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} found. Press Enter on a row to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one found. Check what was typed, or add a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to this resident are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored record is open; what was typed was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Notes on visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details of finished card cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residents with no recent visit or case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Personal data older than these periods is removed by the retention run. Counts are always kept. 0 days keeps the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Counter staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>Card handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card details update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pages opened in this window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Madoguchi — First setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the office profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demo office was made: this data folder already holds an office. Use an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo office created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabletsEditor</name>
    <message>
        <source>Tablet number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tablet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TabletsPage</name>
    <message>
        <source>Tablets for online applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each tablet has its own mail address for the online application. You may add them later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open today, {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: {spans}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for the selected staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitState</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weekday</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Madoguchi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first start of Madoguchi in this data folder. The next pages ask for the office profile (municipality, local government code, opening hours, counters, terminals and tablets) and create the first administrator. Everything can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To try Madoguchi first, create a demo office instead: invented residents and three months of activity, clearly marked DEMO. Use an empty data folder for the real office later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;demo office</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
