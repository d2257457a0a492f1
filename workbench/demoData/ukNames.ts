import { fakerEN_GB as faker } from '@faker-js/faker';

/**
 * Names as a UK council's records hold them: faker's en_GB locale borrows US surnames ("Hickle") and
 * titles with full stops ("Mrs."), which no UK list would show. First names span the generations the
 * demo's patients and requesters were born in; surnames are among the most common in England and Wales
 * (ONS), with Welsh, Irish, Scottish and South Asian names as a Greater Manchester list would have them.
 */
const firstNames = [
  'Margaret', 'Joan', 'Dorothy', 'Patricia', 'Jean', 'Mary', 'Barbara', 'Betty', 'Doreen', 'Brenda', 'Sheila', 'Maureen',
  'Irene', 'Kathleen', 'Elizabeth', 'Susan', 'Christine', 'Linda', 'Pauline', 'Valerie', 'Sandra', 'Janet', 'Gillian', 'Ann',
  'John', 'David', 'Michael', 'Peter', 'Robert', 'William', 'James', 'Brian', 'Alan', 'Kenneth', 'Ronald', 'George',
  'Derek', 'Anthony', 'Keith', 'Raymond', 'Dennis', 'Colin', 'Stephen', 'Paul', 'Terence', 'Graham', 'Trevor', 'Malcolm',
  'Mohammed', 'Aisha', 'Priya', 'Sunil', 'Fatima', 'Yusuf', 'Siobhán', 'Niamh', 'Gareth', 'Rhys', 'Eilidh', 'Hamish',
  'Sarah', 'Emma', 'Rachel', 'Laura', 'Daniel', 'Thomas', 'Oliver', 'Amelia', 'Chloe', 'Hannah', 'Joshua', 'Ryan'
];

const surnames = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson',
  'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Thomas', 'Clarke', 'Jackson', 'Wood', 'Harris', 'Edwards',
  'Turner', 'Martin', 'Cooper', 'Hill', 'Ward', 'Hughes', 'Moore', 'Clark', 'King', 'Harrison', 'Lewis', 'Baker',
  'Lee', 'Allen', 'Morris', 'Khan', 'Scott', 'Watson', 'Davis', 'Parker', 'James', 'Bennett', 'Young', 'Phillips',
  'Mitchell', 'Bailey', 'Carter', 'Cook', 'Singh', 'Shaw', 'Bell', 'Collins', 'Morgan', 'Kelly', 'Begum', 'Miller',
  'Hussain', 'Marshall', 'Simpson', 'Price', 'Ahmed', 'Ali', 'Murphy', "O'Brien", 'McDonald', 'Campbell', 'Griffiths', 'Llewellyn'
];

export const ukFirstName = (): string => faker.helpers.arrayElement(firstNames);
export const ukSurname = (): string => faker.helpers.arrayElement(surnames);
export const ukFullName = (): string => `${ukFirstName()} ${ukSurname()}`;
