// Name and place lists for synthetic people. Invented town and street names; common first names and
// surnames only, so no synthetic child resembles a real one by more than chance.

export const GIVEN_NAMES_FEMALE = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Isabella', 'Sophia', 'Grace', 'Freya', 'Evie', 'Poppy',
  'Ella', 'Willow', 'Florence', 'Amara', 'Zara', 'Aisha', 'Maryam', 'Fatima', 'Chloe', 'Jessica', 'Ruby', 'Hannah',
  'Precious', 'Blessing', 'Nia', 'Priya', 'Anaya', 'Mei', 'Leah', 'Esme', 'Kiera', 'Shanice', 'Amira', 'Hana',
];
export const GIVEN_NAMES_MALE = [
  'Noah', 'Oliver', 'George', 'Arthur', 'Muhammad', 'Leo', 'Harry', 'Oscar', 'Archie', 'Henry', 'Theodore', 'Jack',
  'Charlie', 'Freddie', 'Alfie', 'Ethan', 'Kai', 'Tyler', 'Jayden', 'Ibrahim', 'Yusuf', 'Omar', 'Kofi', 'Daniel',
  'Samuel', 'Joshua', 'Reuben', 'Arjun', 'Rohan', 'Ahmed', 'Dylan', 'Mason', 'Riley', 'Tomasz', 'Luca', 'Elijah',
];
export const FAMILY_NAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright',
  'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Thomas', 'Clarke', 'Jackson', 'Wood', 'Harris',
  'Edwards', 'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Hughes', 'Moore', 'Clark', 'King', 'Harrison', 'Lewis',
  'Baker', 'Lee', 'Allen', 'Morris', 'Khan', 'Ali', 'Hussain', 'Begum', 'Okafor', 'Mensah', 'Owusu', 'Adeyemi',
  'Campbell', 'Francis', 'Nowak', 'Kowalski', 'Murphy', 'Kelly', 'Chen', 'Nguyen', 'Ahmed', 'Shah', 'Mohamed',
];
export const STREETS = [
  'Lantern Row', 'Beacon Street', 'Millbrook Road', 'Orchard Way', 'Station Approach', 'Elm Grove', 'Church Lane',
  'Park View', 'Willow Close', 'Victoria Road', 'Kingsway', 'Meadow Rise', 'Canal Walk', 'Hawthorn Avenue',
  'Foundry Lane', 'Ropewalk', 'Ashdown Crescent', 'Priory Gardens', 'Tannery Court', 'Riverside Drive',
];
export const TOWNS = ['Northbridge', 'Eastwick Green', 'Hallow Down', 'Northbridge Vale', 'Saltmarsh'];
export const STAFF_GIVEN_NAMES = [
  'Alex', 'Sam', 'Jo', 'Chris', 'Priya', 'Tunde', 'Ellen', 'Marcus', 'Niamh', 'Gemma', 'Rachel', 'David', 'Funmi',
  'Helen', 'Imran', 'Karen', 'Laura', 'Michael', 'Nadia', 'Paul', 'Rosa', 'Sarah', 'Tom', 'Wendy', 'Yasmin', 'Zoe',
];
export const LANGUAGES = [
  ['English', 80],
  ['Polish', 3],
  ['Urdu', 3],
  ['Arabic', 3],
  ['Tigrinya', 2],
  ['Somali', 2],
  ['Romanian', 2],
  ['Bengali', 2],
  ['Pashto', 1],
  ['Kurdish', 1],
  ['Portuguese', 1],
] as const;
