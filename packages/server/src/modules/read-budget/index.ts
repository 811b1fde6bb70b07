/** The read budget: how many residents' personal data a user may open per period. */

export { checkReadBudget, ReadBudgetExceeded } from './read-budget.service';
