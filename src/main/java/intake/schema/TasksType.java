package intake.schema;

import static intake.schema.FieldBuilder.field;
import static intake.schema.FieldBuilder.text;

import java.util.List;
import java.util.Map;

/**
 * The {@code tasks} import type: tasks and meetings. Limits: title 200, description 4000,
 * location 200.
 */
final class TasksType {

	static final String KEY = "tasks";

	static final String ENTITY = "tasks";

	private TasksType() {
	}

	static ImportType create() {
		return new ImportType(KEY, Map.of("sv", "Uppgifter", "no", "Oppgaver", "en", "Tasks"),
				"Tasks and meetings for employees, optionally on a company and contact.", ImportMode.CREATE, ENTITY,
				fields().stream().map((f) -> f.in(ENTITY).build()).toList());
	}

	private static List<FieldBuilder> fields() {
		return List.of(
				text("TaskTitle", 200).required()
					.labels("Rubrik", "Tittel", "Title")
					.synonyms("Titel", "Overskrift", "Uppgift", "Oppgave", "Task", "Ämne", "Emne", "Subject", "Namn",
							"Navn", "Name"),
				text("TaskDescription", 4000).labels("Beskrivning", "Beskrivelse", "Description")
					.synonyms("Anteckning", "Notat", "Notes", "Kommentar", "Comment", "Detaljer", "Details"),
				field("TaskType", FieldType.ENUM).labels("Typ", "Type", "Type")
					.synonyms("Uppgiftstyp", "Oppgavetype", "Task type", "Aktivitetstyp", "Activity type")
					.choice("task", "1", "task", "Uppgift", "Oppgave", "Task")
					.choice("meeting", "3", "meeting", "Möte", "Møte", "Meeting"),
				FieldBuilder.ref("TaskCustomerId", "companies")
					.labels("Kund", "Kunde", "Customer")
					.synonyms(Synonyms.COMPANY_REF),
				FieldBuilder.ref("TaskContactId", "contacts")
					.labels("Kontaktperson", "Kontaktperson", "Contact person")
					.synonyms(Synonyms.CONTACT_REF),
				FieldBuilder.ref("TaskEmployeeId", "employees")
					.labels("Ansvarig", "Ansvarlig", "Assigned to")
					.synonyms("Handläggare", "Saksbehandler", "Utförare", "Medarbetare", "Ansatt", "Employee", "Owner",
							"Ägare", "Eier", "Tilldelad", "Tildelt", "Assignee"),
				field("TaskDateStart", FieldType.DATETIME).labels("Starttid", "Starttid", "Start time")
					.synonyms("Start", "Startdatum", "Startdato", "Start date", "Från", "Fra", "From", "Datum", "Dato",
							"Date"),
				field("TaskDateStop", FieldType.DATETIME).labels("Sluttid", "Sluttid", "End time")
					.synonyms("Slut", "Slutt", "Stopp", "End", "Slutdatum", "Sluttdato", "End date", "Till", "Til",
							"To", "Förfallodatum", "Forfallsdato", "Due date", "Deadline"),
				field("TaskReminderDate", FieldType.DATETIME).labels("Påminnelse", "Påminnelse", "Reminder")
					.synonyms("Påminnelsedatum", "Påminnelsesdato", "Reminder date", "Remind at"),
				text("TaskLocation", 200).labels("Plats", "Sted", "Location")
					.synonyms("Lokal", "Mötesplats", "Møtested", "Place", "Rum", "Rom", "Room"));
	}

}
