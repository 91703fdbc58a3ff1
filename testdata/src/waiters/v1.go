// Fixtures for waiters with aws-sdk-go (v1).
package waiters

import (
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/aws/aws-sdk-go/aws"
	cfnv1 "github.com/aws/aws-sdk-go/service/cloudformation"
	ddbv1 "github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/ec2"
	"github.com/aws/aws-sdk-go/service/ecs"
	"github.com/aws/aws-sdk-go/service/elbv2"
)

// Positive: the instance's state, through aws.StringValue, names the
// one waiter.
func waitRunning(svc *ec2.EC2, id string) error {
	for i := 0; i < 40; i++ { // want `loop polls DescribeInstances with a fixed delay: use the client's WaitUntilInstanceRunningWithContext\(ctx, in\), which bounds the wait`
		out, err := svc.DescribeInstances(&ec2.DescribeInstancesInput{InstanceIds: []*string{aws.String(id)}})
		if err != nil {
			return err
		}
		if aws.StringValue(out.Reservations[0].Instances[0].State.Name) == ec2.InstanceStateNameRunning {
			return nil
		}
		time.Sleep(15 * time.Second)
	}
	return errors.New("instance did not start")
}

// Positive: a flag set while ranging over the instances decides.
func waitAllStopped(svc *ec2.EC2, ids []*string) {
	for { // want `loop polls DescribeInstances with a fixed delay: use the client's WaitUntilInstanceStoppedWithContext\(ctx, in\)`
		out, err := svc.DescribeInstances(&ec2.DescribeInstancesInput{InstanceIds: ids})
		if err != nil {
			log.Println(err)
			time.Sleep(5 * time.Second)
			continue
		}
		stopped := true
		for _, r := range out.Reservations {
			for _, inst := range r.Instances {
				if *inst.State.Name != "stopped" {
					stopped = false
				}
			}
		}
		if stopped {
			break
		}
		time.Sleep(5 * time.Second)
	}
}

// Positive: WithContext form, a labeled break out of a select.
func waitStackV1(ctx aws.Context, svc *cfnv1.CloudFormation, name string) error {
	tick := time.NewTicker(10 * time.Second)
	defer tick.Stop()
poll:
	for { // want `loop polls DescribeStacks with a fixed delay: use the client's WaitUntilStackDeleteCompleteWithContext\(ctx, in\)`
		out, err := svc.DescribeStacksWithContext(ctx, &cfnv1.DescribeStacksInput{StackName: &name})
		if err != nil {
			return err
		}
		select {
		case <-tick.C:
		case <-ctx.Done():
			return ctx.Err()
		}
		switch aws.StringValue(out.Stacks[0].StackStatus) {
		case cfnv1.StackStatusDeleteComplete:
			break poll
		case cfnv1.StackStatusDeleteFailed:
			return fmt.Errorf("delete of %s failed", name)
		}
	}
	return nil
}

// ecsAPI is copilot's interface over the client, for its mocks.
type ecsAPI interface {
	DescribeServices(input *ecs.DescribeServicesInput) (*ecs.DescribeServicesOutput, error)
	DescribeTasks(input *ecs.DescribeTasksInput) (*ecs.DescribeTasksOutput, error)
	StopTask(input *ecs.StopTaskInput) (*ecs.StopTaskOutput, error)
}

// Positive: copilot's waitUntilServiceStable: one deployment and the
// running count at the desired count, every few seconds, bounded; the
// client behind an interface of the project's own.
func waitServiceStable(svc ecsAPI, cluster, service string, interval time.Duration) error {
	for tries := 0; tries < 80; tries++ { // want `loop polls DescribeServices with a fixed delay: use the client's WaitUntilServicesInactive(, WaitUntil\w+)* or WaitUntil\w+, which bound the wait`
		out, err := svc.DescribeServices(&ecs.DescribeServicesInput{Cluster: &cluster, Services: []*string{&service}})
		if err != nil {
			return err
		}
		s := out.Services[0]
		if len(s.Deployments) == 1 && aws.Int64Value(s.RunningCount) == aws.Int64Value(s.DesiredCount) {
			return nil
		}
		time.Sleep(interval)
	}
	return errors.New("service did not stabilize")
}

// Positive: the tasks are described too, through the same interface:
// reading is not work.
func waitServiceWithTasks(svc ecsAPI, cluster, service string) {
	for { // want `loop polls DescribeServices with a fixed delay`
		out, err := svc.DescribeServices(&ecs.DescribeServicesInput{Cluster: &cluster, Services: []*string{&service}})
		if err == nil && aws.StringValue(out.Services[0].Status) == "INACTIVE" {
			return
		}
		if tasks, err := svc.DescribeTasks(&ecs.DescribeTasksInput{Cluster: &cluster}); err == nil {
			log.Printf("%d tasks", len(tasks.Tasks))
		}
		time.Sleep(6 * time.Second)
	}
}

// Negative: each pass stops a task through the interface: a reconcile loop.
func drainService(svc ecsAPI, cluster, service string, task *string) {
	for {
		out, err := svc.DescribeServices(&ecs.DescribeServicesInput{Cluster: &cluster, Services: []*string{&service}})
		if err == nil && aws.Int64Value(out.Services[0].RunningCount) == 0 {
			return
		}
		if _, err := svc.StopTask(&ecs.StopTaskInput{Cluster: &cluster, Task: task}); err != nil {
			log.Print(err)
		}
		time.Sleep(6 * time.Second)
	}
}

// Positive: v1 DynamoDB, the status pointer compared with the enum.
func waitTableV1(svc *ddbv1.DynamoDB, name string) {
	for { // want `loop polls DescribeTable with a fixed delay: use the client's WaitUntilTableExists(, WaitUntil\w+)* or WaitUntil\w+`
		out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: aws.String(name)})
		if err == nil && *out.Table.TableStatus == ddbv1.TableStatusActive {
			return
		}
		time.Sleep(2 * time.Second)
	}
}

// Positive: waiting for the targets to be healthy, and only logging;
// "healthy" names neither TargetInService nor TargetDeregistered.
func waitTargetsHealthy(svc *elbv2.ELBV2, tg string) {
	for { // want `loop polls DescribeTargetHealth with a fixed delay: use the client's WaitUntilTargetDeregistered(, WaitUntil\w+)* or WaitUntil\w+`
		out, err := svc.DescribeTargetHealth(&elbv2.DescribeTargetHealthInput{TargetGroupArn: &tg})
		if err == nil && len(out.TargetHealthDescriptions) > 0 && aws.StringValue(out.TargetHealthDescriptions[0].TargetHealth.State) == elbv2.TargetHealthStateEnumHealthy {
			return
		}
		log.Printf("waiting for %s", tg)
		time.Sleep(10 * time.Second)
	}
}

// pods stands for a Kubernetes client.
type pods interface {
	SetReady(ip string, ready bool) error
}

// Negative: aws-load-balancer-controller's targethealth loop: each pass
// updates the pods' readiness from the targets' health.
func reconcileTargets(svc *elbv2.ELBV2, tg string, p pods) {
	for {
		out, err := svc.DescribeTargetHealth(&elbv2.DescribeTargetHealthInput{TargetGroupArn: &tg})
		if err != nil {
			time.Sleep(10 * time.Second)
			continue
		}
		done := true
		for _, d := range out.TargetHealthDescriptions {
			healthy := aws.StringValue(d.TargetHealth.State) == elbv2.TargetHealthStateEnumHealthy
			if err := p.SetReady(aws.StringValue(d.Target.Id), healthy); err != nil {
				log.Print(err)
			}
			done = done && healthy
		}
		if done {
			return
		}
		time.Sleep(10 * time.Second)
	}
}

// Negative: a v1 ...Request and Send: the loop does not show the operation.
func waitTableRequest(svc *ddbv1.DynamoDB, name string) {
	for {
		req, out := svc.DescribeTableRequest(&ddbv1.DescribeTableInput{TableName: &name})
		if err := req.Send(); err == nil && *out.Table.TableStatus == ddbv1.TableStatusActive {
			return
		}
		time.Sleep(time.Second)
	}
}

// Negative: copilot's Services: the services described ten at a time,
// the loop leaving on a failure field. It walks names, it does not wait.
func describeInBatches(svc ecsAPI, cluster string, services []string) ([]*ecs.Service, error) {
	var all []*ecs.Service
	for i := 0; i < len(services); i += 10 {
		split := services[i:min(10+i, len(services))]
		out, err := svc.DescribeServices(&ecs.DescribeServicesInput{Cluster: &cluster, Services: aws.StringSlice(split)})
		switch {
		case err != nil:
			return nil, err
		case len(out.Failures) > 0:
			return nil, fmt.Errorf("describe services: %s", aws.StringValue(out.Failures[0].Reason))
		}
		all = append(all, out.Services...)
	}
	return all, nil
}

// Negative: the instances described one id at a time.
func describeEach(svc *ec2.EC2, ids []string) {
	for i := 0; i < 100; i++ {
		out, err := svc.DescribeInstances(&ec2.DescribeInstancesInput{InstanceIds: []*string{&ids[i]}})
		if err != nil || len(out.Reservations) == 0 {
			return
		}
	}
}

// Negative: the v1 waiter itself.
func waitRunningV1(ctx aws.Context, svc *ec2.EC2, id string) error {
	return svc.WaitUntilInstanceRunningWithContext(ctx, &ec2.DescribeInstancesInput{InstanceIds: []*string{&id}})
}

// Negative: the delay doubles up to a cap, with a bound.
func waitStackBackoff(svc *cfnv1.CloudFormation, name string) error {
	wait := time.Second
	for i := 0; i < 12; i++ {
		out, err := svc.DescribeStacks(&cfnv1.DescribeStacksInput{StackName: &name})
		if err == nil && aws.StringValue(out.Stacks[0].StackStatus) == cfnv1.StackStatusCreateComplete {
			return nil
		}
		time.Sleep(wait)
		if wait < 30*time.Second {
			wait *= 2
		}
	}
	return errors.New("timed out")
}

// Negative: a helper named like a wait paces the loop: its growth is not known.
func waitStackHelper(svc *cfnv1.CloudFormation, name string, sleepFor func(int)) {
	for i := 0; ; i++ {
		out, err := svc.DescribeStacks(&cfnv1.DescribeStacksInput{StackName: &name})
		if err == nil && aws.StringValue(out.Stacks[0].StackStatus) == cfnv1.StackStatusCreateComplete {
			return
		}
		sleepFor(i)
	}
}

// Negative: the ECS task listing pages with NextToken (copilot's listTasks).
func allTasks(svc *ecs.ECS, cluster string) []*string {
	var arns []*string
	in := &ecs.ListTasksInput{Cluster: &cluster}
	for {
		out, err := svc.ListTasks(in)
		if err != nil {
			return arns
		}
		arns = append(arns, out.TaskArns...)
		if out.NextToken == nil {
			return arns
		}
		in.NextToken = out.NextToken
	}
}

// Negative: the paged form is no poll.
func scanAll(svc *ddbv1.DynamoDB, name string) (n int) {
	for i := 0; i < 3; i++ {
		err := svc.ScanPages(&ddbv1.ScanInput{TableName: &name}, func(p *ddbv1.ScanOutput, last bool) bool {
			n += len(p.Items)
			return !last
		})
		if err == nil {
			return n
		}
		time.Sleep(time.Second)
	}
	return n
}
